import XCTest
import Foundation

/// §3.2: no phone number or e-mail address appears in a report made without --private. Every
/// report is made with the built kvo, as Markdown and as HTML, on both example dossiers and on a
/// copy of De Hoek with contact data typed into an open answer, a finding and the minutes; the
/// output is scanned for the dossier's own contact data and for anything shaped like one. With
/// --private they do appear where they belong.
final class ReportPrivacyTests: XCTestCase {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples").standardized.path

    /// Contact data typed into free text of the fixture.
    static let typed = ["06-87654321", "+31 6 1122 3344", "(040) 765 43 21", "melder@voorbeeld-bedrijf.nl", "k.smits@wachtpost.example.nl"]

    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-report-privacy-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A copy of de-hoek.json with contact data in an open answer, a finding and a meeting's minutes.
    func fixture() throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/de-hoek.json"))
        var dossier = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        var answers = try XCTUnwrap(dossier["answers"] as? [[String: Any]])
        answers.append(["id": "OA-99", "park": "P-1", "subject": 16,
                        "text": "Bel me op 06-87654321 of +31 6 1122 3344, of mail melder@voorbeeld-bedrijf.nl."])
        dossier["answers"] = answers
        var findings = try XCTUnwrap(dossier["findings"] as? [[String: Any]])
        findings[0]["description"] = "Eigenaar bereikbaar op (040) 765 43 21."
        dossier["findings"] = findings
        var meetings = try XCTUnwrap(dossier["meetings"] as? [[String: Any]])
        meetings[0]["minutes"] = "Richard stuurt de rapportage door via k.smits@wachtpost.example.nl."
        dossier["meetings"] = meetings
        let path = folder + "/fixture.json"
        try JSONSerialization.data(withJSONObject: dossier, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The members' phone numbers and e-mail addresses in a dossier file.
    func memberContacts(_ path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let dossier = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let members = dossier["members"] as? [[String: Any]] ?? []
        return members.flatMap { [$0["phone"], $0["email"]].compactMap { $0 as? String } }
    }

    /// Every report of a dossier, as (name, text): single reports on standard output in both
    /// formats, the certificate draft, and every file of the audit pack in both formats.
    func reports(_ dossier: String, personal: Bool) throws -> [(String, String)] {
        var out: [(String, String)] = []
        let flag = personal ? " --private" : ""
        for kind in ["va", "pva", "inspection", "survey"] {
            for format in ["md", "html"] {
                let r = try KVOBinary.run([dossier, "--readonly", "-c", "report \(kind) --format \(format)\(flag)"], directory: folder)
                XCTAssertEqual(r.code, 0, "report \(kind): \(r.stderr)")
                out.append(("report \(kind) --format \(format)", r.stdout))
            }
        }
        let cert = try KVOBinary.run([dossier, "--readonly", "-c", "certificate draft"], directory: folder)
        out.append(("certificate draft", cert.stdout))
        for format in ["md", "html"] {
            let dir = folder + "/pack-\(format)-\(personal)"
            let r = try KVOBinary.run([dossier, "-c", "report audit-pack --format \(format) --out \(dir)\(flag)"], directory: folder)
            XCTAssertEqual(r.code, 0, "audit-pack: \(r.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            XCTAssertTrue(files.contains("index.\(format)"))
            for f in files { out.append(("audit-pack/\(f)", try String(contentsOfFile: dir + "/" + f, encoding: .utf8))) }
        }
        return out
    }

    /// Anything shaped like a phone number or an e-mail address, found without kvo's Redactor:
    /// runs of digits and separators read as Dutch (10 digits from a 0) or international
    /// numbers, and name@domain.tld.
    static func contactLike(in text: String) -> [String] {
        var found: [String] = []
        let ns = text as NSString
        let email = try! NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
        for m in email.matches(in: text, range: NSRange(location: 0, length: ns.length)) { found.append(ns.substring(with: m.range)) }
        let run = try! NSRegularExpression(pattern: "(?<![0-9A-Za-z])[+(]?[0-9][0-9 ()./-]{6,22}[0-9]")
        for m in run.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let s = ns.substring(with: m.range)
            let digits = s.filter(\.isNumber)
            let national = digits.hasPrefix("0") && !digits.hasPrefix("00") && digits.count == 10
            let international = (s.hasPrefix("+") && (9...15).contains(digits.count)) || (digits.hasPrefix("00") && (11...15).contains(digits.count))
            // Within a longer run (a date then a number) a number may hide: check each 10-digit window that starts a group.
            let groups = s.split(whereSeparator: { " ()./-".contains($0) }).map(String.init)
            var hidden = false
            for start in groups.indices where groups[start].hasPrefix("0") {
                var n = 0
                for g in groups[start...] {
                    n += g.count
                    if n == 10 { hidden = true }
                    if n >= 10 { break }
                }
            }
            if national || international || hidden { found.append(s) }
        }
        return found
    }

    func testTheDetectorFindsWhatItShould() {
        XCTAssertEqual(Self.contactLike(in: "bel 06-12345678 of +31 6 1234 5678 of 040-1234567; mail a.b@c-d.nl"),
                       ["a.b@c-d.nl", "06-12345678", "+31 6 1234 5678", "040-1234567"])
        XCTAssertEqual(Self.contactLike(in: "op 2024-01-01, 20 van 120 (16,7%), KVO-BT-2025-0417, viewBox=\"0 0 720 366\""), [])
    }

    func testTheExamplesHoldContactDataToKeepOut() throws {
        for name in ["de-hoek.json", "cluster-kanaalzone.json"] {
            let contacts = try memberContacts(Self.examples + "/" + name)
            XCTAssertTrue(contacts.contains { $0.contains("@") }, "\(name) has no member e-mail addresses to test with")
            XCTAssertTrue(contacts.contains { $0.hasPrefix("06") }, "\(name) has no member phone numbers to test with")
        }
    }

    func testNoPhoneNumberOrEmailAddressInAnyReport() throws {
        let dossiers = [Self.examples + "/de-hoek.json", Self.examples + "/cluster-kanaalzone.json", try fixture()]
        for dossier in dossiers {
            let known = try memberContacts(dossier) + Self.typed
            let all = try reports(dossier, personal: false)
            XCTAssertGreaterThanOrEqual(all.count, 20)
            for (name, text) in all {
                for contact in known { XCTAssertFalse(text.contains(contact), "\(dossier) \(name) shows \(contact)") }
                // The stylesheet's @media rule is no address; everything after it is scanned.
                let body = text.components(separatedBy: "</style>").last!
                XCTAssertEqual(Self.contactLike(in: body), [], "\(dossier) \(name)")
            }
        }
    }

    func testTypedContactDataIsReplacedAndTheRestOfTheTextKept() throws {
        let r = try KVOBinary.run([try fixture(), "--readonly", "-c", "report survey --format html"], directory: folder)
        XCTAssertTrue(r.stdout.contains("<p>Bel me op [telefoonnummer weggelaten] of [telefoonnummer weggelaten], of mail [e-mailadres weggelaten].</p>"))
        let en = try KVOBinary.run([try fixture(), "--readonly", "-c", "report inspection --lang en --format html"], directory: folder)
        XCTAssertTrue(en.stdout.contains("<dd>Eigenaar bereikbaar op [phone number removed].</dd>"))
    }

    func testWithPrivateTheyAppearWhereTheyBelong() throws {
        let dossier = try fixture()
        let all = try reports(dossier, personal: true)
        let composition = try XCTUnwrap(all.first { $0.0 == "audit-pack/1-samenstelling.html" }?.1)
        for contact in try memberContacts(dossier) { XCTAssertTrue(composition.contains(contact), "the composition lacks \(contact)") }
        XCTAssertTrue(composition.contains("niet voor publicatie"))
        let va = try XCTUnwrap(all.first { $0.0 == "report va --format md" }?.1)
        XCTAssertTrue(va.contains("Bel me op 06-87654321 of +31 6 1122 3344, of mail melder@voorbeeld-bedrijf.nl."))
        let inspection = try XCTUnwrap(all.first { $0.0 == "report inspection --format html" }?.1)
        XCTAssertTrue(inspection.contains("Eigenaar bereikbaar op (040) 765 43 21."))
        let meetings = try XCTUnwrap(all.first { $0.0 == "audit-pack/6-overleggen.md" }?.1)
        XCTAssertTrue(meetings.contains("k.smits@wachtpost.example.nl"))
    }
}
