package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.support.Access;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import org.junit.jupiter.api.Test;

/** Fail closed: a route says who may use it where it is declared, and one without a say is refused. */
class RouteRolesTest extends WebAppFixture {

    @Test
    void aRouteDeclaredWithoutARoleIsRefusedEvenForAMember() {
        app.stop();
        app = WebApp.create(fakes.useCases(), sessionStore, settings(), java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), config -> {
            config.routes.get("/planted", ctx -> ctx.result("open to all"));
            config.routes.get("/planted-anonymous", ctx -> ctx.result("open to all"), Access.ANONYMOUS);
        }).start("127.0.0.1", 0);
        browser = newBrowser();
        logIn();

        HttpResponse<String> planted = browser.fetch("/planted");
        assertThat(planted.statusCode()).isEqualTo(403);
        assertThat(planted.body()).doesNotContain("open to all");
        assertThat(new Browser(app.port()).fetch("/planted").statusCode()).isEqualTo(403);
        assertThat(browser.fetch("/planted-anonymous").body()).isEqualTo("open to all");
    }

    @Test
    void everyRouteHasARoleAndEveryRouteBehindTheLoginRefusesAVisitor() {
        List<Endpoint> endpoints = app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method == HandlerType.GET || e.method == HandlerType.POST).toList();
        assertThat(endpoints).hasSizeGreaterThan(20);

        for (Endpoint endpoint : endpoints) {
            Set<RouteRole> roles = roles(endpoint);
            assertThat(roles).as("roles of %s %s", endpoint.method, endpoint.path).hasSize(1);
            if (roles.contains(Access.ANONYMOUS)) {
                continue;
            }
            Browser visitor = newBrowser();
            visitor.open("/login");
            String path = endpoint.path.replaceAll("\\{[^}]+}", "1").replaceAll("<[^>]+>", "1");
            HttpResponse<String> answer = endpoint.method == HandlerType.GET ? visitor.fetch(path)
                    : visitor.post(path, Map.of("_csrf", visitor.csrfToken().orElse("")), Map.of());

            assertThat(answer.statusCode()).as("%s %s", endpoint.method, endpoint.path).isIn(303, 403);
            if (answer.statusCode() == 303) {
                assertThat(answer.headers().firstValue("Location")).as("%s %s", endpoint.method, endpoint.path).hasValue("/login");
            }
        }
        assertThat(fakes.calls).as("no use case ran for a visitor").isEmpty();
    }

    @Test
    void theTermsPageNeedsALoginButNotAcceptedTerms() {
        assertThat(roles(endpoint(HandlerType.GET, "/terms"))).containsExactly(Access.ACCOUNT);
        assertThat(roles(endpoint(HandlerType.GET, "/home"))).containsExactly(Access.MEMBER);
        assertThat(roles(endpoint(HandlerType.GET, "/login"))).containsExactly(Access.ANONYMOUS);
    }

    private Endpoint endpoint(HandlerType method, String path) {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method == method && e.path.equals(path)).findFirst().orElseThrow();
    }

    private static Set<RouteRole> roles(Endpoint endpoint) {
        io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
        return roles == null ? Set.of() : roles.getRoles();
    }
}
