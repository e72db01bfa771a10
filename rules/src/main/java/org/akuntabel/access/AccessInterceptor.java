package org.akuntabel.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * The one place where access is decided, for every path into the services (pages, REST, files, drill-downs,
 * what-if): the method's {@link Allowed} roles and the agency of its {@code agencyCode} parameter against the
 * {@link Caller}. A refusal is recorded in the audit log and thrown as {@link AccessDeniedException}.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessInterceptor {

    @Inject
    private Callers callers;

    @Inject
    private AuditLog audit;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Allowed allowed = method.getAnnotation(Allowed.class);
        Role[] roles = allowed == null ? new Role[0] : allowed.value();
        String agencyCode = agencyCode(method, invocation.getParameters());
        Caller caller = callers.current();
        if (!caller.may(roles, agencyCode)) {
            String what = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            audit.refused(caller.name(), what, agencyCode);
            throw new AccessDeniedException(agencyCode != null && !caller.inScope(agencyCode)
                    ? "Akses ditolak: instansi ini di luar wewenang Anda"
                    : "Akses ditolak: peran Anda tidak mengizinkan tindakan ini");
        }
        return invocation.proceed();
    }

    /** The value of the method's parameter named {@code agencyCode} (compiled with {@code -parameters}), if any. */
    static String agencyCode(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getName().equals("agencyCode") && arguments[i] instanceof String code && !code.isBlank()) {
                return code;
            }
        }
        return null;
    }
}
