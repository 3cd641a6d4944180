package jp.kenpo.kennin.domain.archplant;

import jp.kenpo.kennin.application.ClientAddress;

/** The domain reaching out to the ring around it. */
public final class DomainUsingApplication {
    ClientAddress from;
}
