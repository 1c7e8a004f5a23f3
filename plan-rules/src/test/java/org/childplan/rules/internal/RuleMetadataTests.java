package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.model.DocumentKind;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleMetadataTests {

    private static final String RULE = "rule pack 'scotland', rule \"A test rule\"";

    private static Map<String, Object> metadata(String documentKinds) {
        Map<String, Object> metadata = new HashMap<>(Map.of(
                "id", "SCO-TEST", "title", "A test", "severity", "ERROR", "instrument", "An Act", "provision", "s1",
                "url", "https://www.legislation.gov.uk/", "inForceFrom", "2017-04-01", "inForceTo", "",
                "remedy", "Do it."));
        metadata.put("basis", "LAW");
        if (documentKinds != null) {
            metadata.put("documentKinds", documentKinds);
        }
        return metadata;
    }

    private static RuleDescriptor describe(String documentKinds) {
        return RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata(documentKinds));
    }

    @Test
    void theKindsOfDocumentARuleGovernsAreReadFromItsMetadata() {
        assertThat(describe(" AREA_PLAN,CHILDRENS_SERVICES_PLAN ").documentKinds())
                .containsExactly(DocumentKind.CHILDRENS_SERVICES_PLAN, DocumentKind.AREA_PLAN);
    }

    @Test
    void aDutyThatBindsThePartnersWhateverTheyWriteGovernsAnyDocument() {
        assertThat(describe("ANY").documentKinds()).isEqualTo(EnumSet.allOf(DocumentKind.class));
    }

    @Test
    void aRuleThatDoesNotSayWhichKindsOfDocumentItGovernsIsRefused() {
        assertThatThrownBy(() -> describe(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": metadata @documentKinds(\"...\") is missing or empty, on the rule and in the pack's metadata.yaml");
        assertThatThrownBy(() -> describe(" "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": metadata @documentKinds(\"...\") is missing or empty, on the rule and in the pack's metadata.yaml");
    }

    @Test
    void aKindOfDocumentTheModelDoesNotKnowIsRefusedWithTheKindsItKnows() {
        assertThatThrownBy(() -> describe("CHILDRENS_SERVICES_PLAN, COMMITTEE_REPORT"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": @documentKinds must be ANY or a comma-separated list of [CHILDRENS_SERVICES_PLAN, "
                        + "CHILDREN_AND_YOUNG_PEOPLES_PLAN, PLAN_UPDATE, SERVICE_REDESIGN, STRATEGY, AREA_PLAN, "
                        + "SAFEGUARDING_ARRANGEMENTS, SAFEGUARDING_REPORT, ANNUAL_SUFFICIENCY_PLAN, REVISED_PLAN] but names "
                        + "'COMMITTEE_REPORT'");
        assertThatThrownBy(() -> describe("AREA_PLAN, AREA_PLAN"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": @documentKinds names AREA_PLAN twice");
    }

    @Test
    void theWordsForTheKindsARuleGovernsReadAsEnglish() {
        assertThat(DocumentKindWords.governedBy(describe("AREA_PLAN"))).isEqualTo("an area plan");
        assertThat(DocumentKindWords.governedBy(describe("ANY"))).isEqualTo("any document");
        assertThat(DocumentKindWords.governedBy(describe("CHILDRENS_SERVICES_PLAN, PLAN_UPDATE")))
                .isEqualTo("a children's services plan or an update or review of a plan");
        assertThat(DocumentKindWords.notGovernedReason(describe("AREA_PLAN"), DocumentKind.STRATEGY))
                .hasValue("governs an area plan; this document is a strategy");
        assertThat(DocumentKindWords.notGovernedReason(describe("AREA_PLAN"), null)).isEmpty();
    }

    @Test
    void aRuleThatSaysItRestsOnTheLawRestsOnTheLaw() {
        assertThat(describe("ANY").basis()).isEqualTo(RuleBasis.LAW);
        assertThat(describe("ANY").isLocalStandard()).isFalse();
    }

    @Test
    void aRuleThatDoesNotSayWhatItRestsOnIsRefusedRatherThanTakenToBeLaw() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.remove("basis");

        assertThatThrownBy(() -> RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(RULE + ": metadata @basis is missing: say what the rule rests on, @basis(\"LAW\")")
                .hasMessageContaining("@basis(\"LOCAL_STANDARD\") for a standard the area has set itself")
                .hasMessageContaining("in its metadata.yaml");
        metadata.put("basis", " ");
        assertThatThrownBy(() -> RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata))
                .hasMessageContaining("@basis is missing");
    }

    @Test
    void aRuleMaySayItRestsOnALocalStandard() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.put("basis", "LOCAL_STANDARD");
        RuleDescriptor rule = RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata);
        assertThat(rule.basis()).isEqualTo(RuleBasis.LOCAL_STANDARD);
        assertThat(rule.isLocalStandard()).isTrue();
    }

    @Test
    void aBasisTheEngineDoesNotKnowIsRefusedWithTheBasesItKnows() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.put("basis", "COUNCIL_WHIM");
        assertThatThrownBy(() -> RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": @basis must be [LAW, LOCAL_STANDARD] but is 'COUNCIL_WHIM'");
    }

    @Test
    void lawNotYetInForceGivesItsCommencementInsteadOfAFirstDay() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.remove("inForceFrom");
        metadata.put("commencement", " on a day appointed by regulations; none made ");
        RuleDescriptor rule = RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata);
        assertThat(rule.isComing()).isTrue();
        assertThat(rule.inForceSince()).isEmpty();
        assertThat(rule.commencementNote()).contains("on a day appointed by regulations; none made");
    }

    @Test
    void aRuleWithNeitherAFirstDayNorACommencementIsRefused() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.remove("inForceFrom");
        assertThatThrownBy(() -> RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": metadata @inForceFrom(\"...\") is missing or empty, on the rule and in the pack's"
                        + " metadata.yaml");
    }

    @Test
    void aRuleNotYetInForceCannotSayWhenItStops() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.remove("inForceFrom");
        metadata.put("commencement", "by regulations");
        metadata.put("inForceTo", "2030-01-01");
        assertThatThrownBy(() -> RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": metadata @inForceTo needs an @inForceFrom");
    }

    @Test
    void aCommencedRuleMayStillSayHowItCameIntoForce() {
        Map<String, Object> metadata = metadata("ANY");
        metadata.put("commencement", "SSI 2016/254 art 3(1)");
        RuleDescriptor rule = RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata);
        assertThat(rule.isComing()).isFalse();
        assertThat(rule.inForceInWords()).isEqualTo("from 2017-04-01");
        assertThat(rule.commencementNote()).contains("SSI 2016/254 art 3(1)");
    }

    @Test
    void aDateIsReadAsLocalDateReadsItAndRefusedAsItRefusesIt() {
        List<String> values = List.of("2017-04-01", "2020-02-29", "2024-12-31", "0001-01-01", "9999-12-31",
                "2019-02-29", "2017-13-01", "2017-00-10", "2017-04-31", "2017-04-00", "2017-4-01", "17-04-01",
                "2017/04/01", "2017-04-0a", " 2017-04-01", "2017-04-01 ", "+2017-04-01", "１２３４-04-01", "",
                "1 April 2017", "2017-04-01T00:00");
        for (String value : values) {
            Object expected;
            try {
                expected = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                expected = e.getMessage();
            }
            Object read;
            try {
                read = RuleMetadata.isoDate(value);
            } catch (DateTimeParseException e) {
                read = e.getMessage();
            }
            assertThat(read).as("'%s'", value).isEqualTo(expected);
        }
    }

    private static RuleDescriptor describeWithUrl(String url) {
        Map<String, Object> metadata = metadata("ANY");
        metadata.put("url", url);
        return RuleMetadata.describe(new ScotlandRulePack(), "A test rule", metadata);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//", "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd", "ftp://ftp.example.org/act.pdf",
        "//www.legislation.gov.uk/asp/2014/8", "www.legislation.gov.uk/asp/2014/8", "https:///asp/2014/8"})
    void aRuleWhoseUrlIsNotAnHttpOrHttpsAddressIsRefusedNamingTheRule(String url) {
        assertThatThrownBy(() -> describeWithUrl(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(RULE + ": metadata @url(\"" + url + "\") is not an http or https address with a host; a rule"
                        + " cites its source by one, for example https://www.legislation.gov.uk/...");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.legislation.gov.uk/asp/2014/8 section 8", "https://exa mple.org/",
        "https://gov.scot/\u001b[31m", "data:text/html,<script>alert(1)</script>"})
    void aRuleWhoseUrlIsNotAUrlIsRefusedNamingTheRule(String url) {
        assertThatThrownBy(() -> describeWithUrl(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(RULE + ": metadata @url(\"" + url + "\") is not a URL (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.legislation.gov.uk/asp/2014/8/section/8", "http://www.gov.scot/publications/",
        "HTTPS://WWW.GOV.UK/guidance#section-2"})
    void aRuleWhoseUrlIsAnHttpOrHttpsAddressKeepsIt(String url) {
        assertThat(describeWithUrl(url).citation().url()).isEqualTo(url);
    }
}
