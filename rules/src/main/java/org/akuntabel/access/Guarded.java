package org.akuntabel.access;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every public method of a service so marked is checked by {@link AccessInterceptor} before it runs: the roles of
 * its {@link Allowed} (none: reading, any role) and the agency named by its {@code agencyCode} parameter.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Guarded {
}
