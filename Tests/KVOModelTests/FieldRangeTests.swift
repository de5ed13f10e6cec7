import XCTest
@testable import KVOModel

/// Every number field has an explicit range in the schema and holds finite values only; dates
/// have plausible years (issue 12, defects 1, 2 and 7). A value outside is refused at load with
/// its place, never trapping.
final class FieldRangeTests: XCTestCase {
    let base = """
        {"format": "kvo-dossier/2", "name": "T",
         "parks": [{"id": "P-1", "name": "Noord", "entrepreneurs": 52}],
         "parties": [{"id": "PA-1", "name": "Gemeente", "type": "municipality", "hoursPerQuarter": 40}],
         "results": [{"id": "SR-1", "park": "P-1", "subject": 16, "question": "Q", "answer": "A", "count": 3}],
         "answers": [{"id": "OA-1", "park": "P-1", "subject": 23, "text": "x"}],
         "incidents": [{"id": "I-1", "source": "police", "category": "inbraak", "count": 2, "date": "2024-03-01"}],
         "priorities": [{"id": "PR-1", "theme": "T05", "urgency": 4, "means": 2, "rank": 1, "year": 1}],
         "goals": [{"id": "G-1", "theme": "T05", "description": "Minder overlast"}],
         "measures": [{"id": "M-1", "title": "Licht", "goal": "G-1", "quarters": ["2025Q2"], "hours": 16}],
         "evaluations": [{"id": "E-1", "year": 1}]}
        """

    private func failure(_ replacing: String, with: String, file: StaticString = #filePath, line: UInt = #line) -> DossierError? {
        XCTAssertTrue(base.contains(replacing), "the base holds \(replacing)", file: file, line: line)
        do { _ = try Dossier.load(Array(base.replacingOccurrences(of: replacing, with: with).utf8)); return nil } catch { return error }
    }

    func testTheBaseLoads() throws {
        XCTAssertNoThrow(try Dossier.load(Array(base.utf8)))
    }

    func testNegativeAndOversizedCountsAreRefusedWithTheirPlace() {
        var e = failure("\"entrepreneurs\": 52", with: "\"entrepreneurs\": -120")
        XCTAssertEqual(e?.description, "parks[0].entrepreneurs: expected a whole number from 0 to 100,000, got -120")
        XCTAssertEqual(e?.line, 2)
        e = failure("\"count\": 3", with: "\"count\": -1")
        XCTAssertEqual(e?.description, "results[0].count: expected a whole number from 0 to 1,000,000, got -1")
        XCTAssertEqual(e?.line, 4)
        e = failure("\"count\": 2", with: "\"count\": 999999999999999")
        XCTAssertEqual(e?.path?.description, "incidents[0].count")
        e = failure("\"count\": 2", with: "\"count\": 123456789012345678901234567890")
        XCTAssertEqual(e?.path?.description, "incidents[0].count")
    }

    func testScoresYearsAndHoursHaveTheirRanges() {
        XCTAssertEqual(failure("\"urgency\": 4", with: "\"urgency\": 99")?.description,
                       "priorities[0].urgency: expected a whole number from 1 to 5, got 99")
        XCTAssertEqual(failure("\"urgency\": 4", with: "\"urgency\": 99")?.text(.nl),
                       "priorities[0].urgency: een geheel getal van 1 tot en met 5 verwacht, niet 99")
        XCTAssertEqual(failure("\"means\": 2", with: "\"means\": 0")?.path?.description, "priorities[0].means")
        XCTAssertEqual(failure("\"year\": 1}]}", with: "\"year\": -1}]}")?.description,
                       "evaluations[0].year: expected a whole number from 1 to 3, got -1")
        XCTAssertEqual(failure("\"hours\": 16", with: "\"hours\": -16")?.description,
                       "measures[0].hours: expected a number from 0 to 100,000, got -16")
        XCTAssertEqual(failure("\"hoursPerQuarter\": 40", with: "\"hoursPerQuarter\": 1e300")?.path?.description, "parties[0].hoursPerQuarter")
        // -0 is zero hours: allowed.
        XCTAssertNil(failure("\"hours\": 16", with: "\"hours\": -0"))
    }

    func testHugeSubjectNumbersAreRefusedNotTrapped() {
        XCTAssertEqual(failure("\"subject\": 16", with: "\"subject\": 1e300")?.path?.description, "results[0].subject")
        XCTAssertEqual(failure("\"subject\": 23", with: "\"subject\": 123456789012345678901234567890")?.path?.description, "answers[0].subject")
        XCTAssertEqual(failure("\"subject\": 16", with: "\"subject\": -9.3e18")?.path?.description, "results[0].subject")
        XCTAssertEqual(FieldType.subject.problem(with: .number(.infinity))?.en, "expected a survey subject number from 1 to 44, got inf")
        XCTAssertNotNil(FieldType.subject.problem(with: .number(.nan)))
    }

    func testImplausibleDatesAndQuartersAreRefused() {
        XCTAssertEqual(failure("\"date\": \"2024-03-01\"", with: "\"date\": \"0000-01-01\"")?.description,
                       "incidents[0].date: expected a date from 1900-01-01 to 2200-12-31, got \"0000-01-01\"")
        XCTAssertEqual(failure("\"date\": \"2024-03-01\"", with: "\"date\": \"9999-12-31\"")?.path?.description, "incidents[0].date")
        XCTAssertEqual(failure("\"2025Q2\"", with: "\"0001Q1\"")?.path?.description, "measures[0].quarters[0]")
    }

    func testNumbersBeyondDoubleAreRefusedByTheReaderWithTheirPlace() {
        let e = failure("\"hours\": 16", with: "\"hours\": 1e400")
        XCTAssertEqual(e?.line, 9)
        XCTAssertEqual(e?.message.en, "1e400 is too large a number")
        XCTAssertEqual(e?.message.nl, "1e400 is een te groot getal")
        XCTAssertNotNil(failure("\"hours\": 16", with: "\"hours\": -1e400"))
    }

    func testNonFiniteValuesNeverFitAField() {
        for type in [FieldType.number(0...100_000), .integer(0...5), .subject] {
            XCTAssertNotNil(type.problem(with: .number(.infinity)), "\(type)")
            XCTAssertNotNil(type.problem(with: .number(-.infinity)), "\(type)")
            XCTAssertNotNil(type.problem(with: .number(.nan)), "\(type)")
        }
    }

    /// Each integer and number field of the schema declares a range: no field is unbounded.
    func testEveryNumberFieldIsBounded() {
        for kind in Schema.dossier.kinds {
            for field in kind.fields {
                switch field.type {
                case .integer(let r): XCTAssertLessThanOrEqual(r.upperBound, 1_000_000, "\(kind.name).\(field.name)")
                case .number(let r): XCTAssertTrue(r.lowerBound.isFinite && r.upperBound <= 1_000_000, "\(kind.name).\(field.name)")
                default: break
                }
            }
        }
    }
}
