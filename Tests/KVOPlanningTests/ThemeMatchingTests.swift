import XCTest
import KVOModel

/// A theme as people type it (issue 10): by ID, by number, by Dutch or English name, or by the
/// start of either name, in any case; what fits more than one theme is refused with the candidates.
final class ThemeMatchingTests: XCTestCase {
    let catalogue = ThemeCatalogue.handbook

    func id(_ typed: String) -> String? { catalogue.theme(matching: typed)?.id }

    func testByIDAndNumber() {
        XCTAssertEqual(id("T05"), "T05")
        XCTAssertEqual(id("t05"), "T05")
        XCTAssertEqual(id("T5"), "T05")
        XCTAssertEqual(id("t5"), "T05")
        XCTAssertEqual(id("T12"), "T12")
        XCTAssertNil(id("T13"))
        XCTAssertNil(id("T0"))
    }

    func testByNameInEitherLanguage() {
        XCTAssertEqual(id("overlast"), "T05")
        XCTAssertEqual(id("Overlast"), "T05")
        XCTAssertEqual(id("OVERLAST"), "T05")
        XCTAssertEqual(id("Nuisance"), "T05")
        XCTAssertEqual(id(" fire safety "), "T07")
        XCTAssertEqual(id("voorbereid zijn op calamiteit (bedrijfscontinuiteit)"), "T08", "typed without the diaeresis")
    }

    func testByAUniquePrefix() {
        XCTAssertEqual(id("brand"), "T07", "Brandveiligheid is the only theme whose name starts so")
        XCTAssertEqual(id("Nuis"), "T05")
        XCTAssertEqual(id("cyb"), "T11")
        XCTAssertEqual(id("verkeer"), "T06")
        XCTAssertEqual(id("sust"), "T09")
    }

    func testAnAmbiguousPrefixIsRefusedWithItsCandidates() {
        XCTAssertNil(id("ond"), "Onderhoud en beheer and Ondermijning")
        XCTAssertEqual(catalogue.candidates(matching: "ond").map(\.id), ["T04", "T10"])
        XCTAssertEqual(catalogue.candidates(matching: "On").map(\.id), ["T04", "T10"])
        XCTAssertEqual(id("com"), "T12", "Communicatie and Communication are one theme")
        XCTAssertEqual(id("soc"), "T02")
    }

    func testTooShortOrUnknown() {
        XCTAssertNil(id("b"), "one letter fits too much by accident")
        XCTAssertNil(id(""))
        XCTAssertNil(id("parkeren"))
        XCTAssertEqual(catalogue.candidates(matching: "parkeren"), [])
    }

    func testThemeNameInTheSessionsLanguage() {
        let t = catalogue.theme("T05")!
        XCTAssertEqual(t.name(.nl), "Overlast")
        XCTAssertEqual(t.name(.en), "Nuisance")
    }
}
