package org.akuntabel.access.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.akuntabel.access.Accounts;
import org.akuntabel.access.Role;

import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/users} (ADMIN): the accounts, and {@code POST} a new one:
 * {@code {"username","fullName","password","roles":["OPERATOR"],"agencies":["beltim"]}} (password at least 10 characters).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The body of a new account. */
    public record NewAccount(String username, String fullName, String password, Set<Role> roles, Set<String> agencies) {
    }

    @Inject
    private Accounts accounts;

    @GET
    public List<Accounts.AccountView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account, @Context UriInfo uri) {
        Accounts.AccountView created = accounts.create(account.username(), account.fullName(), account.password(), account.roles(),
                account.agencies());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }
}
