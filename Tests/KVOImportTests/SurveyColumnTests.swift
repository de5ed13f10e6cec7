import XCTest
import KVOModel
@testable import KVOImport

final class SurveyColumnTests: XCTestCase {
    func testNumberedHeadersAreQuestions() {
        XCTAssertEqual(SurveyColumn.classify("12 Hoe vaak ziet u toezicht?"), .question(subject: 12, text: "Hoe vaak ziet u toezicht?", open: false, problems: nil, id: nil))
        XCTAssertEqual(SurveyColumn.classify("S12: Hoe vaak?"), .question(subject: 12, text: "Hoe vaak?", open: false, problems: nil, id: nil))
        XCTAssertEqual(SurveyColumn.classify("s 5 - Inbraak?"), .question(subject: 5, text: "Inbraak?", open: false, problems: nil, id: nil))
        XCTAssertEqual(SurveyColumn.classify("Onderwerp 18: Zwerfvuil"), .question(subject: 18, text: "Zwerfvuil", open: false, problems: nil, id: nil))
        XCTAssertEqual(SurveyColumn.classify("12a. Waar?"), .question(subject: 12, text: "Waar?", open: false, problems: nil, id: "12a"))
        XCTAssertEqual(SurveyColumn.classify("12.1 Wanneer?"), .question(subject: 12, text: "Wanneer?", open: false, problems: nil, id: "12.1"))
        XCTAssertEqual(SurveyColumn.classify("10 Waar is het te donker? (open)"), .question(subject: 10, text: "Waar is het te donker?", open: true, problems: nil, id: nil))
        // 16, 23 and 33 are the mandatory open questions.
        XCTAssertEqual(SurveyColumn.classify("23 Opmerkingen"), .question(subject: 23, text: "Opmerkingen", open: true, problems: nil, id: nil))
        // A bare number takes the subject's own words.
        guard case .question(16, let text, true, nil, nil) = SurveyColumn.classify("16") else { return XCTFail("16 is a question") }
        XCTAssertTrue(text.hasPrefix("Open vraag"))
    }

    /// The reason as classify gives it, found by its English text.
    static func reason(_ en: String) -> Message {
        [Message(en: "no subject number", nl: "geen onderwerpnummer"), Message(en: "no header", nl: "geen kop"),
         Message(en: "45 is no survey subject (1 to 44)", nl: "45 is geen onderwerp van de enquête (1 tot 44)")].first { $0.en == en }!
    }

    func testWhatIsNoQuestion() {
        XCTAssertEqual(SurveyColumn.classify("45 Eigen vraag"), .unknown(Self.reason("45 is no survey subject (1 to 44)")))
        XCTAssertEqual(SurveyColumn.classify("Q1 Op welk terrein?"), .unknown(Self.reason("no subject number")), "a survey program's numbering is no subject")
        XCTAssertEqual(SurveyColumn.classify("2024 omzet"), .unknown(Self.reason("no subject number")))
        XCTAssertEqual(SurveyColumn.classify("3D-printer"), .unknown(Self.reason("no subject number")))
        XCTAssertEqual(SurveyColumn.classify("Sector"), .unknown(Self.reason("no subject number")))
        XCTAssertEqual(SurveyColumn.classify(""), .unknown(Self.reason("no header")))
        XCTAssertEqual(SurveyColumn.classify("Terrein"), .park)
        XCTAssertEqual(SurveyColumn.classify(" park "), .park)
    }

    func testIdentityColumns() {
        for header in ["Naam", "Voornaam", "E-mailadres", "Email address", "IP-adres", "IP Address", "Telefoon", "Telefoonnummer",
                       "Phone", "Respondent ID", "ResponseId", "Starttijd", "Voltooiingstijd", "Start time", "Completion time",
                       "Timestamp", "Tijdstempel", "Datum", "Bedrijfsnaam", "Wat is de naam van uw bedrijf?", "Adres", "KvK-nummer", "User agent"] {
            XCTAssertTrue(IdentityColumns.isIdentity(header), header)
            XCTAssertEqual(SurveyColumn.classify(header), .identity, header)
        }
        for header in ["Sector", "Aantal medewerkers", "Hoe lang bent u gevestigd?", "Opmerkingen"] {
            XCTAssertFalse(IdentityColumns.isIdentity(header), header)
        }
    }
}
