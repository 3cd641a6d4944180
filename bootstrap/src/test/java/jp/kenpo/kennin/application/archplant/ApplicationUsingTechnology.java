package jp.kenpo.kennin.application.archplant;

import io.javalin.http.Context;

/** A use case that knows the HTTP framework. */
public final class ApplicationUsingTechnology {
    void handle(Context context) {
        context.status(200);
    }
}
