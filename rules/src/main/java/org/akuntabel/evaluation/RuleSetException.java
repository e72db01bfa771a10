package org.akuntabel.evaluation;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be compiled or run; carries line-numbered messages in Bahasa Indonesia. */
@ApplicationException(rollback = true)
public class RuleSetException extends RuntimeException {

    private final transient List<RuleMessage> messages;

    public RuleSetException(String ruleSet, List<RuleMessage> messages) {
        super("Aturan '" + ruleSet + "' tidak sah: " + messages.stream().map(RuleMessage::toString).collect(Collectors.joining("; ")));
        this.messages = List.copyOf(messages);
    }

    public RuleSetException(String ruleSet, String message) {
        this(ruleSet, List.of(new RuleMessage(0, 0, message)));
    }

    public List<RuleMessage> getMessages() {
        return messages;
    }
}
