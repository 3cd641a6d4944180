package jp.kenpo.kennin.adapters.web.archplant;

import jp.kenpo.kennin.application.login.LogInService;

/** A web handler that holds the service rather than its use case, so a fake can no longer stand in. */
public final class ControllerCallingAService {
    private final LogInService logIn;

    public ControllerCallingAService(LogInService logIn) {
        this.logIn = logIn;
    }
}
