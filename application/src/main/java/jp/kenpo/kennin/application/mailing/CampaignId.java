package jp.kenpo.kennin.application.mailing;

/** A campaign's row id. */
public record CampaignId(long value) {
    public CampaignId {
        if (value <= 0) {
            throw new IllegalArgumentException("campaign id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
