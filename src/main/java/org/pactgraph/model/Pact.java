package org.pactgraph.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The PactGraph ontology ({@code ontology/pactgraph.ttl}) as Java constants. The ontology file is
 * the source of truth; a test fails when a constant here names a term the ontology lacks.
 */
public final class Pact {
    private Pact() {}

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/pactgraph/ontology#";
    /** The preferred prefix. */
    public static final String PREFIX = "pact";
    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/pactgraph/ontology";

    // Classes
    /** A body that takes part in or funds a partnership. */
    public static final Resource Organization = resource("Organization");
    /** An academic or research institution. */
    public static final Resource Institution = resource("Institution");
    /** A degree-awarding institution. */
    public static final Resource University = resource("University");
    /** A ministry, department or agency of a government. */
    public static final Resource GovernmentBody = resource("GovernmentBody");
    /** A business corporation. */
    public static final Resource Company = resource("Company");
    /** A group of organisations, perhaps known only by its size. */
    public static final Resource Consortium = resource("Consortium");
    /** A human being. */
    public static final Resource Person = resource("Person");
    /** A person who holds a post. */
    public static final Resource Official = resource("Official");
    /** A position in an organisation. */
    public static final Resource Post = resource("Post");
    /** A research agreement between institutions. */
    public static final Resource Partnership = resource("Partnership");
    /** A programme grouping partnerships. */
    public static final Resource Initiative = resource("Initiative");
    /** A research field, a SKOS concept. */
    public static final Resource ResearchTheme = resource("ResearchTheme");
    /** Money committed to a partnership or initiative. */
    public static final Resource Funding = resource("Funding");
    /** A stated sum of money that is part of no other figure: totals never overlap. */
    public static final Resource FundingTotal = resource("FundingTotal");
    /** A part of another funding (pact:shareOf): by item, funder or recipient. */
    public static final Resource FundingShare = resource("FundingShare");
    /** An organisation run privately (every company): its money is private investment. */
    public static final Resource PrivateOrganization = resource("PrivateOrganization");
    /** An organisation run by a state (every government body): its money is public. */
    public static final Resource PublicOrganization = resource("PublicOrganization");
    /** A value with a currency. */
    public static final Resource MonetaryAmount = resource("MonetaryAmount");
    /** What one source says about a partnership or initiative, kept apart from other sources. */
    public static final Resource Claim = resource("Claim");
    /** Something that happened at a place and time. */
    public static final Resource Event = resource("Event");
    /** An event where agreements are signed. */
    public static final Resource SigningCeremony = resource("SigningCeremony");
    /** A formal visit of a head of state or government. */
    public static final Resource StateVisit = resource("StateVisit");
    /** A meeting of leaders. */
    public static final Resource Summit = resource("Summit");
    /** A public undertaking that initiatives follow from. */
    public static final Resource Commitment = resource("Commitment");
    /** The act of making partnerships public. */
    public static final Resource Announcement = resource("Announcement");
    /** A geographic place. */
    public static final Resource Place = resource("Place");
    /** A sovereign state. */
    public static final Resource Country = resource("Country");
    /** A first-level division of a country. */
    public static final Resource Region = resource("Region");
    /** A constituent state of a federal country. */
    public static final Resource State = resource("State");
    /** A prefecture of Japan. */
    public static final Resource Prefecture = resource("Prefecture");
    /** A federal district: a capital territory that belongs to no state of its country. */
    public static final Resource FederalDistrict = resource("FederalDistrict");
    /** A city or town. */
    public static final Resource City = resource("City");
    /** A building or a room in one. */
    public static final Resource Building = resource("Building");
    /** What kind of office a post is (an org:Role). */
    public static final Resource KindOfOffice = resource("KindOfOffice");
    /** A quotation. */
    public static final Resource Statement = resource("Statement");
    /** A source text. */
    public static final Resource Document = resource("Document");
    /** A run of characters of a document. */
    public static final Resource TextSpan = resource("TextSpan");
    /** A named procedure of the extractor. */
    public static final Resource ExtractionRule = resource("ExtractionRule");

    // Object properties
    /** An organisation taking part in a partnership in any role. */
    public static final Property participant = property("participant");
    /** Inverse of participant. */
    public static final Property involvedIn = property("involvedIn");
    /** A research partner of a partnership. */
    public static final Property partner = property("partner");
    /** Inverse of partner. */
    public static final Property partnerIn = property("partnerIn");
    /** Two organisations partnering in the same partnership. */
    public static final Property partnerOf = property("partnerOf");
    /** An organisation funding a partnership. */
    public static final Property fundedBy = property("fundedBy");
    /** Inverse of fundedBy. */
    public static final Property funds = property("funds");
    /** A research theme of a partnership or initiative. */
    public static final Property hasTheme = property("hasTheme");
    /** The initiative of a partnership. */
    public static final Property partOfInitiative = property("partOfInitiative");
    /** Inverse of partOfInitiative. */
    public static final Property hasPartnership = property("hasPartnership");
    /** The commitment an initiative follows from. */
    public static final Property followsFrom = property("followsFrom");
    /** The announcement of a partnership or initiative. */
    public static final Property announcedIn = property("announcedIn");
    /** Inverse of announcedIn. */
    public static final Property announces = property("announces");
    /** An official making an announcement. */
    public static final Property announcedBy = property("announcedBy");
    /** The event at which a partnership was signed. */
    public static final Property signedAt = property("signedAt");
    /** A person who signed a partnership. */
    public static final Property signedBy = property("signedBy");
    /** A person present at an event. */
    public static final Property attendedBy = property("attendedBy");
    /** A person presiding over, or a person or organisation hosting, an event. */
    public static final Property hostedBy = property("hostedBy");
    /** Inverse of signedAt: a partnership signed at the event. */
    public static final Property signingOf = property("signingOf");
    /** Inverse of atEvent: an announcement or statement made at the event. */
    public static final Property proceeding = property("proceeding");
    /** The larger event an event took place on the occasion of. */
    public static final Property occasion = property("occasion");
    /** The event an announcement or statement was made at. */
    public static final Property atEvent = property("atEvent");
    /** A leader who made a commitment. */
    public static final Property committedBy = property("committedBy");
    /** Where an event took place. */
    public static final Property place = property("place");
    /** The day of the week an event took place on (schema:Monday ...). */
    public static final Property dayOfWeek = property("dayOfWeek");
    /** The place something lies in; transitive. */
    public static final Property locatedIn = property("locatedIn");
    /** The country a post serves. */
    public static final Property country = property("country");
    /** A post a person holds. */
    public static final Property holdsPost = property("holdsPost");
    /** The kind of office a post is. */
    public static final Property officeKind = property("officeKind");
    /** Inverse of holdsPost. */
    public static final Property heldBy = property("heldBy");
    /** The organisation of a post. */
    public static final Property postIn = property("postIn");
    /** The parent company of a subsidiary. */
    public static final Property subsidiaryOf = property("subsidiaryOf");
    /** Inverse of subsidiaryOf. */
    public static final Property parentOf = property("parentOf");
    /** The organisation whose money a funding is. */
    public static final Property funder = property("funder");
    /** What a funding supports. */
    public static final Property fundedItem = property("fundedItem");
    /** Who receives the money of a funding. */
    public static final Property recipient = property("recipient");
    /** The larger funding a funding is part of. */
    public static final Property shareOf = property("shareOf");
    /** The amount of a funding that no share of it carries money of: the figure sums count. */
    public static final Property amount = property("amount");
    /** The figure of a funding split into shares, which sums do not read (its shares carry the money). */
    public static final Property statedAmount = property("statedAmount");
    /** The partnership or initiative a claim is about. */
    public static final Property about = property("about");
    /** An organisation a claim's source names as a supporter. */
    public static final Property supporter = property("supporter");
    /** Who said a statement. */
    public static final Property speaker = property("speaker");
    /** The post the speaker spoke in. */
    public static final Property speakerPost = property("speakerPost");
    /** Something named inside a statement. */
    public static final Property mentions = property("mentions");
    /** The document reporting an announcement or statement. */
    public static final Property reportedIn = property("reportedIn");
    /** The document a span belongs to. */
    public static final Property inDocument = property("inDocument");
    /** The rule that extracted a statement. */
    public static final Property extractedBy = property("extractedBy");

    // Datatype properties
    /** Number of currency units. */
    public static final Property value = property("value");
    /** ISO 4217 code. */
    public static final Property currency = property("currency");
    /** Whether an amount is a combined total. */
    public static final Property isCombined = property("isCombined");
    /** Whether an amount is a ceiling. */
    public static final Property isUpperBound = property("isUpperBound");
    /** Whether an amount is a floor. */
    public static final Property isLowerBound = property("isLowerBound");
    /** Whether an amount was computed rather than stated. */
    public static final Property isDerived = property("isDerived");
    /** How a derived amount was computed. */
    public static final Property derivation = property("derivation");
    /** Years over which money is spent. */
    public static final Property durationYears = property("durationYears");
    /** Member count of a consortium. */
    public static final Property memberCount = property("memberCount");
    /** Day of an event. */
    public static final Property date = property("date");
    /** Precision of a date: month or year. */
    public static final Property datePrecision = property("datePrecision");
    /** First day. */
    public static final Property startDate = property("startDate");
    /** Last day. */
    public static final Property endDate = property("endDate");
    /** Place of an initiative in its series. */
    public static final Property ordinal = property("ordinal");
    /** Title of a post as written. */
    public static final Property title = property("title");
    /** Words of a statement. */
    public static final Property quote = property("quote");
    /** Marks a resource created from a pattern, for a person to check. */
    public static final Property needsReview = property("needsReview");
    /** How sure the extractor is of a statement it drew from text, from 0 to 1 (on an evidence node). */
    public static final Property confidence = property("confidence");
    /** Why a load sent an extracted statement to review instead of asserting it (on an evidence node). */
    public static final Property reviewReason = property("reviewReason");
    /** Short form of a name. */
    public static final Property shortName = property("shortName");

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
