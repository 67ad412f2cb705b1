package org.hausdesk.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input, one message per field. Needed beside {@link ProblemMapper} because the JAX-RS
 * runtime brings its own, more specific mapper for validation errors, which answers without a body.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException violations) {
        return new ProblemMapper().toResponse(violations);
    }
}
