package org.incidentdesk.platform.http;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** One page of a list: the items, {@code X-Total-Count}, and {@code Link: rel="next"} while more pages follow. */
public final class PagedResponse {

    private PagedResponse() {
    }

    public static <T> RestResponse<List<T>> of(List<T> items, long total, int page, int size, UriInfo uri) {
        RestResponse.ResponseBuilder<List<T>> response = RestResponse.ResponseBuilder.ok(items)
                .header("X-Total-Count", total);
        if ((long) (page + 1) * size < total) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }
}
