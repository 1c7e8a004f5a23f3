package org.childplan.model;

import org.apiguardian.api.API;

/**
 * To whom a copy of a prepared plan was sent.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CopyRecipient {
    /** The Scottish Ministers (in practice the Scottish Government's children's services planning team). */
    SCOTTISH_MINISTERS,
    /**
     * Each of the other service providers of the area, as the source records it: in Scotland the chief constable of
     * the Police Service of Scotland, the Scottish Fire and Rescue Service, the Principal Reporter, the National
     * Convener of Children's Hearings Scotland, the Scottish Courts and Tribunals Service and the integration joint
     * board (Children and Young People (Scotland) Act 2014 s7(1)).
     */
    OTHER_SERVICE_PROVIDERS,
    /** Anyone else. */
    OTHER
}
