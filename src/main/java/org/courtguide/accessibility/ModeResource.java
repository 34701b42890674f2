package org.courtguide.accessibility;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code GET /mode?set=accessible&return=/guides}: the accessible-mode toggle. A plain link, so it works without
 * JavaScript; the choice is remembered in a cookie and the user is sent back to the page they were on.
 */
@Path("/mode")
public class ModeResource {

    @GET
    public Response set(@QueryParam("set") String set, @QueryParam("return") String returnTo) {
        DisplayMode mode = DisplayMode.parse(set).orElse(DisplayMode.STANDARD);
        return Response.seeOther(URI.create(ReturnPath.safe(returnTo)))
                .cookie(mode.cookie())
                .build();
    }
}
