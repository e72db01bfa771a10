package org.akuntabel.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer: {@code {"status":404,"error":"Instansi 'x' tidak dikenal"}}. */
public record ApiError(int status, String error) {

    public static Response response(Response.StatusType status, String message) {
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status.getStatusCode(), message))
                .build();
    }
}
