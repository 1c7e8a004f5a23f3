package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;
import org.childplan.model.validation.Identifier;
import org.childplan.model.validation.ReferencesResolve;
import org.childplan.model.validation.SupportedDate;
import org.childplan.model.validation.UniqueIds;

/**
 * A children's services plan: a multi-year, multi-agency plan with its aims, priorities, actions, measures,
 * governance and consultation.
 *
 * <p>Every part except identity is optional in the model, because real plans (and the committee papers that report
 * them) often do not say everything; whether a plan <em>must</em> say something is for the rule packs of its
 * jurisdiction to judge, not for the model. Build one with {@link PlanBuilder}.
 *
 * @param id a stable identifier for the plan, for example {@code moray-csp-2017-2020}
 * @param title the plan's title
 * @param area the area (council area, county, borough) the plan covers
 * @param jurisdiction the jurisdiction whose law the plan is prepared under
 * @param kind what kind of document this is
 * @param edition the edition or version of the plan, in its own words (for example {@code second annual update})
 * @param date the date the document bears (the plan's, or that of the report, minutes or news item the file encodes), as
 *     the source gives it: a day, a month ({@code 2009-10}) or a year; a document that states no period is judged by
 *     the law in force on the earliest day it can mean
 * @param status where the plan stands in its life cycle
 * @param summary what the plan is, in a few sentences, including what the model has no field for
 * @param previousPlan the plan this one replaces or updates
 * @param period the period the plan covers
 * @param bodies the bodies that prepare the plan and its partners
 * @param governance how the plan is overseen
 * @param safeguarding what the document records of the area's multi-agency safeguarding arrangements (in England the
 *     safeguarding partners' arrangements or their yearly report), or {@code null} when it records none
 * @param needsAssessment the needs assessment or profile of children the plan rests on
 * @param vision the plan's vision
 * @param monitoring how the plan's progress is monitored and evaluated, and who is responsible
 * @param accessibility what the plan does to be read by everyone it concerns (summary, versions, languages)
 * @param priorities its priorities (or ambitions, or joint objectives)
 * @param outcomes the outcomes it aims for
 * @param aims the aims and outcomes the plan adopts as a whole (its "overarching aims"), in its own words and
 *     tagged with the statutory aims and outcomes they state
 * @param actions the actions it commits to
 * @param measures the measures that track progress
 * @param services the children's services and related services in the area
 * @param resources the partners' collective resources for the plan and how they are spent
 * @param girfec how the partners create and maintain Getting it right for every child practice
 * @param familySupport the partners' strategy for whole family support across the continuum of need
 * @param consultations the consultation and engagement on the plan
 * @param childrensRights how the plan gives effect to children's rights
 * @param approvals decisions taken on the plan
 * @param publication where and when it was published
 * @param annualReports the reports on progress made under it, year by year
 * @param reviews the reviews and updates of it
 * @param previousPlanProgress its report of progress against the previous plan's objectives
 * @param linkedPlans the other plans and strategies it links to
 * @param includes the kinds of other plan that this document contains as a part of it (for example a corporate
 *     parenting plan published as part of the children's services plan); empty when it contains none
 * @param completeRecord whether this file claims to be a complete record of the plan, or {@code null} when it does
 *     not say: it is then taken to be complete unless every source it names shows only part of a plan (a committee
 *     report, minutes, a news item; see {@link #recordIsComplete()})
 * @param sources the documents this plan file encodes or draws on
 * @param themes the priorities, actions, services and measures that address each of the three themes (early action
 *     and prevention, integration, the use of resources), in any jurisdiction; a Scottish plan's aims of s9(2) count
 *     without being listed here
 * @param extensions free-form data that the model does not describe; kept as read and written back unchanged
 * @param sufficiencyPlan what an annual sufficiency plan records (Wales), or {@code null} for any other document or
 *     when not recorded
 * @param copiesSent the copies of the plan sent once it is prepared, and to whom (in Scotland the law entitles the
 *     Scottish Ministers and each of the other service providers to one); empty when the document records none
 * @param authorityIsEducationAuthority whether the authority that prepares the plan is itself the local education
 *     authority for its area, or {@code null} when the document does not say (in England before 2005, where
 *     the two were in practice the same councils)
 * @param improvementStatement the plan's statement of how the authority intend to achieve the improvements it sets
 *     out, with reference to the integration of services, safeguarding arrangements and early intervention (England,
 *     plans published from 1 October 2007 under the 2005 Regulations)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
@UniqueIds
@ReferencesResolve
public record Plan(
        @NotBlank @Identifier String id,
        @NotBlank String title,
        @NotBlank String area,
        @NotNull Jurisdiction jurisdiction,
        DocumentKind kind,
        String edition,
        @SupportedDate PartialDate date,
        @NotNull PlanStatus status,
        String summary,
        @Valid PreviousPlan previousPlan,
        @Valid Period period,
        List<@NotNull @Valid Body> bodies,
        @Valid Governance governance,
        @Valid SafeguardingArrangements safeguarding,
        @Valid NeedsAssessment needsAssessment,
        @Valid Vision vision,
        @Valid Monitoring monitoring,
        @Valid Accessibility accessibility,
        List<@NotNull @Valid Priority> priorities,
        List<@NotNull @Valid Outcome> outcomes,
        List<@NotNull @Valid PlanAim> aims,
        List<@NotNull @Valid Action> actions,
        List<@NotNull @Valid Measure> measures,
        List<@NotNull @Valid Service> services,
        @Valid Resources resources,
        @Valid Girfec girfec,
        @Valid FamilySupport familySupport,
        List<@NotNull @Valid Consultation> consultations,
        @Valid ChildrensRights childrensRights,
        List<@NotNull @Valid Approval> approvals,
        @Valid Publication publication,
        List<@NotNull @Valid AnnualReport> annualReports,
        List<@NotNull @Valid Review> reviews,
        @Valid PreviousPlanProgress previousPlanProgress,
        List<@NotNull @Valid LinkedPlan> linkedPlans,
        List<@NotNull LinkedPlanKind> includes,
        Boolean completeRecord,
        List<@NotNull @Valid SourceDocument> sources,
        List<@NotNull @Valid ThemeLinks> themes,
        Map<String, Object> extensions,
        @Valid SufficiencyPlan sufficiencyPlan,
        List<@NotNull @Valid PlanCopy> copiesSent,
        Boolean authorityIsEducationAuthority,
        @Valid ImprovementStatement improvementStatement) {

    /** Copies the collections so that the record stays immutable. */
    public Plan {
        bodies = Copies.list(bodies);
        priorities = Copies.list(priorities);
        outcomes = Copies.list(outcomes);
        aims = Copies.list(aims);
        actions = Copies.list(actions);
        measures = Copies.list(measures);
        services = Copies.list(services);
        consultations = Copies.list(consultations);
        approvals = Copies.list(approvals);
        annualReports = Copies.list(annualReports);
        reviews = Copies.list(reviews);
        linkedPlans = Copies.list(linkedPlans);
        includes = Copies.list(includes);
        sources = Copies.list(sources);
        themes = Copies.list(themes);
        extensions = Copies.map(extensions);
        copiesSent = Copies.list(copiesSent);
    }

    /**
     * Whether this file is a complete record of the plan, so that a duty it does not evidence is taken as not met.
     *
     * <p>It is what {@link #completeRecord()} says; when that is not said, a file that names no source, or a source
     * that is the plan itself or of unstated kind, is taken as complete, and a file all of whose sources show only
     * part of a plan (a summary, a committee report, minutes, a news item, a web page) is not. (Not named as a
     * getter, so that it is not read or written as a property.)
     */
    public boolean recordIsComplete() {
        if (completeRecord != null) {
            return completeRecord;
        }
        return sources.isEmpty() || sources.stream().anyMatch(source -> !source.showsPartOfAPlan());
    }
}
