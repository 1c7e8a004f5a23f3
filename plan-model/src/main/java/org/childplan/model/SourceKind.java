package org.childplan.model;

import org.apiguardian.api.API;

/**
 * What kind of document a plan file was encoded from; a second-hand source shows only part of a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SourceKind {
    /** The plan itself, as its authors published or approved it. */
    PLAN(false),
    /** A summary of the plan published by its authors. */
    SUMMARY(true),
    /** A child-friendly, young people's or easy-read version of the plan. */
    CHILD_FRIENDLY_VERSION(true),
    /** An annual or progress report on the plan. */
    ANNUAL_REPORT(true),
    /** A report to a committee or board about the plan. */
    COMMITTEE_REPORT(true),
    /** The minutes of a meeting that considered the plan. */
    MINUTES(true),
    /** A press release or a news item about the plan. */
    PRESS_ITEM(true),
    /** A web page about the plan. */
    WEB_PAGE(true),
    /** Any other document. */
    OTHER(true);

    private final boolean partial;

    SourceKind(boolean partial) {
        this.partial = partial;
    }

    /**
     * Whether a document of this kind shows only part of a plan, so that what it leaves out says nothing about
     * whether the plan meets a duty.
     */
    public boolean isPartial() {
        return partial;
    }
}
