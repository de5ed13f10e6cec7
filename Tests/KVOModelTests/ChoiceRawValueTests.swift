import XCTest
import KVOModel

/// The generated `init?(rawValue:)` of every choice (scripts/gen-records picks the candidates by
/// the text's UTF-8 length, issue 15) finds the case Swift's own initialiser finds: the first case
/// whose raw value equals the text as a String, which compares canonical equivalents as equal.
final class ChoiceRawValueTests: XCTestCase {
    /// What Swift's synthesised initialiser answers (`_findStringSwitchCase`: String `==`, in order).
    static func reference<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String) -> E? where E.RawValue == String {
        E.allCases.first { $0.rawValue == text }
    }

    /// Texts near each raw value: itself, cut, lengthened, in capitals, decomposed, with signs
    /// Unicode makes equal to ASCII letters (KELVIN SIGN = K), and some that match nothing.
    static func texts(near values: [String]) -> [String] {
        var texts = ["", " ", "-", "none", "\u{212A}", "K", "é", "e\u{301}", "\u{0}", "ﬁ"]
        for v in values {
            texts += [v, v + " ", " " + v, String(v.dropLast()), String(v.dropFirst()), v + v.suffix(1), v.uppercased(),
                      v.capitalized, v.replacingOccurrences(of: "k", with: "\u{212A}"), v.replacingOccurrences(of: "e", with: "e\u{301}"),
                      v.replacingOccurrences(of: "-", with: "\u{2010}"), v + "\u{301}", v + "\u{0}"]
            if let first = v.first { texts.append(String(first).uppercased() + v.dropFirst()) }
            // Same length, one byte changed.
            var bytes = Array(v.utf8)
            if !bytes.isEmpty { bytes[bytes.count - 1] ^= 1; texts.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return texts
    }

    func assertSameAsSwift<E: RawRepresentable & CaseIterable & Equatable>(_ type: E.Type, file: StaticString = #filePath, line: UInt = #line) where E.RawValue == String {
        let values = E.allCases.map(\.rawValue)
        for text in Self.texts(near: values + ["K"]) {
            XCTAssertEqual(E(rawValue: text), Self.reference(type, text), "\(E.self) '\(text.unicodeScalars.map { String($0.value, radix: 16) })'", file: file, line: line)
        }
        for c in E.allCases { XCTAssertEqual(E(rawValue: c.rawValue), c, file: file, line: line) }
    }

    func testEveryGeneratedChoice() {
        assertSameAsSwift(AdjacentRecord.Kind.self)
        assertSameAsSwift(AnalysisRecord.WiderSelection.self)
        assertSameAsSwift(AuditRecord.Decision.self)
        assertSameAsSwift(AuditRecord.Kind.self)
        assertSameAsSwift(CommunicationRecord.Audience.self)
        assertSameAsSwift(DocumentRecord.Kind.self)
        assertSameAsSwift(FindingRecord.Kind.self)
        assertSameAsSwift(FindingRecord.Status.self)
        assertSameAsSwift(IncidentRecord.Area.self)
        assertSameAsSwift(IncidentRecord.Source.self)
        assertSameAsSwift(InspectionRecord.Time.self)
        assertSameAsSwift(MeasureRecord.Expertise.self)
        assertSameAsSwift(MeasureRecord.Fixed.self)
        assertSameAsSwift(MeasureRecord.Status.self)
        assertSameAsSwift(MemberRecord.Role.self)
        assertSameAsSwift(OrganisationRecord.Agreement.self)
        assertSameAsSwift(OrganisationRecord.Certification.self)
        assertSameAsSwift(OrganisationRecord.Fund.self)
        assertSameAsSwift(PartyRecord.Kind.self)
        assertSameAsSwift(SurveyRecord.Invitation.self)
    }

    /// A choice added to the schema is added to the list above.
    func testTheListHasEveryChoice() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/KVOModel/Records/Generated")
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            count += text.components(separatedBy: ": String, Sendable, CaseIterable {").count - 1
        }
        XCTAssertEqual(count, 20, "a choice was added or removed: list it in testEveryGeneratedChoice")
    }

    /// The reference is right about equivalence: a decomposed or KELVIN text equals its ASCII or
    /// composed form as a String, so the fallback for non-ASCII texts is needed.
    func testStringEqualityIsCanonical() {
        XCTAssertEqual("\u{212A}", "K")
        XCTAssertEqual("caf\u{E9}", "cafe\u{301}")
    }
}
