package jp.kenpo.kennin.application.archplantcyclea;

import jp.kenpo.kennin.application.archplantcycleb.Pong;

/** One half of a cycle between two capabilities of the application. */
public final class Ping {
    Pong answer;
}
