package jp.kenpo.kennin.domain.account;

public record AccountId(long value) {
}
