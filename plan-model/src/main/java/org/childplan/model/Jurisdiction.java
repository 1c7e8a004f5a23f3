package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The UK jurisdiction whose law a plan is prepared under and judged by.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Jurisdiction {
    /** Scotland: Children and Young People (Scotland) Act 2014, Part 3. */
    SCOTLAND,
    /** England: Children Act 1989 Sch 2 para 1A (1996 Order), Children Act 2004 s17 and successors. */
    ENGLAND,
    /** Wales: Social Services and Well-being (Wales) Act 2014. */
    WALES,
    /** Northern Ireland: Children's Services Co-operation Act (Northern Ireland) 2015. */
    NORTHERN_IRELAND
}
