package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A copy of the plan sent once it is prepared, and to whom (in Scotland the law entitles the Scottish Ministers and
 * each of the other service providers to one, Children and Young People (Scotland) Act 2014 s10(7)(a)).
 *
 * @param to to whom the copy was sent
 * @param date when it was sent, as the source gives it: a day, a month or a year, or {@code null} when the source
 *     does not date it
 * @param note how the source records it, in its own words (for example the committee paper that says so)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record PlanCopy(@NotNull CopyRecipient to, @SupportedDate PartialDate date, String note) {
}
