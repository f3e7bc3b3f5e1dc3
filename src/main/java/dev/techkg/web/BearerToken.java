package dev.techkg.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The one check of an {@code Authorization: Bearer} token: compared in constant time, refused with 401. */
final class BearerToken {
    private BearerToken() {}

    /**
     * Refuses a request that does not carry {@code Authorization: Bearer <token>}.
     *
     * @param token  the token the server was started with (never null here)
     * @param realm  the realm named in the {@code WWW-Authenticate} answer
     * @param error  the error of the 401 answer
     * @param detail what to send instead
     * @throws HttpError 401 when the header is missing or holds another token
     */
    static void require(Context ctx, String token, String realm, String error, String detail) {
        String authorization = ctx.header("Authorization");
        String expected = "Bearer " + token;
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
            throw new HttpError(401, error, detail);
        }
    }
}
