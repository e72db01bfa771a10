package org.akuntabel.evaluation.policy;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.akuntabel.evaluation.RuleMessage;
import org.akuntabel.evaluation.RuleSetException;
import org.akuntabel.evaluation.RuleSetSource;

import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /api/v1/rulesets}: the rule sets as policy. {@code POST …/{name}/drafts} with the rule file as
 * {@code text/plain} (or JSON {@code {text, testCases, parameters, author, note}}) stores a draft after validation and
 * compilation — {@code 201 {"draftId","version"}} — or answers {@code 422 {"errors":[{"line","column","message"}]}}
 * and stores nothing. A draft is tested ({@code …/tests}), previewed ({@code …/whatif?agency=&year=}) and
 * activated ({@code …/activate?effectiveFrom=&agency=}), which is refused with 422 while its tests fail.
 */
@Path("rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    /** The body of a 422 answer for a rule file: the problems by line and column. */
    @JsonbPropertyOrder({"status", "error", "errors"})
    public record RuleErrors(int status, String error, List<RuleMessage> errors) {
    }

    /** A draft as JSON, with its own test cases. */
    public record DraftInput(String text, String testCases, String parameters, String author, String note) {
    }

    @Inject
    private RuleSetPolicy policy;

    @Inject
    private WhatIf whatIf;

    @GET
    public List<RuleSetPolicy.RuleSetSummary> list() {
        return policy.list();
    }

    /** {@code GET …/{name}[?year=]}: the version in force for every agency in the year (default: this year), its log and drafts. */
    @GET
    @Path("{name}")
    public RuleSetPolicy.RuleSetView view(@PathParam("name") String name, @QueryParam("year") Integer year) {
        return policy.view(name, year == null ? java.time.Year.now().getValue() : year);
    }

    @GET
    @Path("{name}/versions/{hash}")
    public RuleSetSource version(@PathParam("name") String name, @PathParam("hash") String hash) {
        return policy.version(name, hash);
    }

    /** {@code GET …/{name}/diff?from=&to=}: a unified diff between two versions. */
    @GET
    @Path("{name}/diff")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String diff(@PathParam("name") String name, @QueryParam("from") String from, @QueryParam("to") String to) {
        return policy.diff(name, from, to);
    }

    @POST
    @Path("{name}/drafts")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response submit(@PathParam("name") String name, String text, @QueryParam("author") String author,
                           @QueryParam("note") String note, @Context UriInfo uri) {
        return created(() -> policy.submit(name, text, null, author, note), uri);
    }

    @POST
    @Path("{name}/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitJson(@PathParam("name") String name, DraftInput draft, @Context UriInfo uri) {
        return created(() -> policy.submit(name, draft.text(), draft.testCases(), draft.parameters(), draft.author(), draft.note()), uri);
    }

    /** {@code POST …/drafts/{id}/tests}: the draft's own test cases ("Uji aturan") and their coverage. */
    @POST
    @Path("{name}/drafts/{draftId}/tests")
    public RuleSetPolicy.TestReport test(@PathParam("name") String name, @PathParam("draftId") long draftId) {
        return policy.test(name, draftId);
    }

    @POST
    @Path("{name}/drafts/{draftId}/whatif")
    public WhatIf.Answer whatIf(@PathParam("name") String name, @PathParam("draftId") long draftId,
                                @QueryParam("agency") String agency, @QueryParam("year") int year) {
        return whatIf.evaluate(name, draftId, agency, year);
    }

    /** {@code POST …/drafts/{id}/approve}: a second policy user (not the author) approves the draft for activation. */
    @POST
    @Path("{name}/drafts/{draftId}/approve")
    public Response approve(@PathParam("name") String name, @PathParam("draftId") long draftId) {
        return answer(() -> Response.ok(policy.approve(name, draftId)).build());
    }

    @POST
    @Path("{name}/drafts/{draftId}/activate")
    public Response activate(@PathParam("name") String name, @PathParam("draftId") long draftId,
                             @QueryParam("effectiveFrom") int effectiveFrom, @QueryParam("agency") String agency,
                             @QueryParam("author") String author, @QueryParam("note") String note) {
        return answer(() -> Response.status(Response.Status.CREATED)
                .entity(policy.activate(name, draftId, effectiveFrom, agency, author, note)).build());
    }

    /** {@code POST …/versions/{hash}/activate}: a stored (e.g. older) version in force again, as a new activation. */
    @POST
    @Path("{name}/versions/{hash}/activate")
    public Response reactivate(@PathParam("name") String name, @PathParam("hash") String hash,
                               @QueryParam("effectiveFrom") int effectiveFrom, @QueryParam("agency") String agency,
                               @QueryParam("author") String author, @QueryParam("note") String note) {
        return answer(() -> Response.status(Response.Status.CREATED)
                .entity(policy.reactivate(name, hash, effectiveFrom, agency, author, note)).build());
    }

    private Response created(Supplier<RuleSetPolicy.DraftCreated> submit, UriInfo uri) {
        return answer(() -> {
            RuleSetPolicy.DraftCreated created = submit.get();
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.draftId())).build()).entity(created).build();
        });
    }

    /** A rule file or test problem is the caller's to fix: 422 with its lines, never a 500. */
    private static Response answer(Supplier<Response> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuleSetException rules) {
                return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(new RuleErrors(422, "Aturan tidak diterima: perbaiki baris yang disebut", rules.getMessages())).build();
            }
            throw e;
        }
    }
}
