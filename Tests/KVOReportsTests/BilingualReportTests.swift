import XCTest
import Foundation
import KVOModel
@testable import KVOReports

/// Every report in both languages: the same dossier made into an English and a Dutch report
/// differs in the words and in how numbers are written, and a Dutch report shows no English
/// heading, table header or label.
final class BilingualReportTests: XCTestCase {
    static func example(_ name: String) -> Dossier {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let path = parts.joined(separator: "/") + "/examples/" + name
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("no \(path)") }
        do { return try Dossier.load(Array(data)) } catch { fatalError("\(path) does not load: \(error.message)") }
    }

    static let hoek = example("de-hoek.json")
    static let cluster = example("cluster-kanaalzone.json")

    static func context(_ d: Dossier, _ language: Language) -> ReportContext {
        ReportContext(dossier: d, asOf: Day("2026-11-29")!, language: language)
    }

    /// Every kind of document kvo writes, by name.
    static func documents(_ c: ReportContext) -> [(String, Document)] {
        var out: [(String, Document)] = ReportKind.allCases.compactMap { k in k.document(c).map { (k.rawValue, $0) } }
        out += [("composition", CompositionReport.make(c)), ("meetings", MeetingsReport.make(c)),
                ("matrix", MeasuresMatrixReport.make(c)), ("evaluation", EvaluationReport.make(c)),
                ("certificate", CertificateDraft.make(c).document())]
        let parts = AuditPack.parts(c), annexes = AuditPack.annexes(c)
        out.append(("audit-pack index", AuditPack.index(c, parts: parts, annexes: annexes, format: .md)))
        return out
    }

    static func markdown(_ d: Document) -> String { MarkdownRenderer(charts: .inline).render(d)[0].contents }

    // MARK: the same dossier in English and in Dutch

    func testEnglishAndDutchReportsOfOneDossierDifferInTheirWords() {
        let en = Dictionary(uniqueKeysWithValues: Self.documents(Self.context(Self.hoek, .en)).map { ($0.0, Self.markdown($0.1)) })
        let nl = Dictionary(uniqueKeysWithValues: Self.documents(Self.context(Self.hoek, .nl)).map { ($0.0, Self.markdown($0.1)) })
        let expected: [(String, String, String)] = [
            ("va", "# Safety analysis", "# Veiligheidsanalyse"),
            ("va", "## Summary", "## Samenvatting"),
            ("va", "| De Hoek | 120 | 120 | 31 | 25.8% | 20% | 24 | reached |", "| De Hoek | 120 | 120 | 31 | 25,8\u{00A0}% | 20\u{00A0}% | 24 | gehaald |"),
            ("va", "Made by kvo from the dossier as of 29 November 2026", "Opgesteld door kvo uit het dossier, stand per 29 november 2026"),
            ("va", "are in the inspection report.", "staan volledig in het schouwrapport."),
            ("pva", "## Measures matrix (§4.2.4)", "## Maatregelmatrix (§4.2.4)"),
            ("pva", "| Ondernemersvereniging De Hoek | 19 | 36.5% | 11 |", "| Ondernemersvereniging De Hoek | 19 | 36,5\u{00A0}% | 11 |"),
            ("inspection", "## Day inspection 8 October 2024", "## Dagschouw 8 oktober 2024"),
            ("survey", "## Response per park", "## Respons per bedrijventerrein"),
            ("survey", "(77.4%)", "(77,4\u{00A0}%)"),
            ("composition", "## Members of the workgroup", "## Leden van de werkgroep"),
            ("meetings", "## Progress report", "## Voortgangsrapportage"),
            ("matrix", "x planned · ✓ done", "x gepland · ✓ gereed"),
            ("certificate", "- **Date of issue:** 1 July 2025", "- **Datum van uitgifte:** 1 juli 2025"),
            ("certificate", "## Where the fields come from", "## Herkomst van de gegevens"),
            ("audit-pack index", "# Document set for the KVO audit (§5.2.1)", "# Documentenset voor de KVO-audit (§5.2.1)"),
        ]
        for (kind, english, dutch) in expected {
            XCTAssertTrue(en[kind]!.contains(english), "\(kind) in English lacks \(english)")
            XCTAssertTrue(nl[kind]!.contains(dutch), "\(kind) in Dutch lacks \(dutch)")
            XCTAssertFalse(nl[kind]!.contains(english), "\(kind) in Dutch has \(english)")
            XCTAssertFalse(en[kind]!.contains(dutch), "\(kind) in English has \(dutch)")
        }
    }

    func testTheCertificateDraftsHintsInBothLanguages() {
        let en = Self.markdown(CertificateDraft.make(Self.context(Self.cluster, .en)).document())
        let nl = Self.markdown(CertificateDraft.make(Self.context(Self.cluster, .nl)).document())
        XCTAssertTrue(en.contains("## Missing (§7.2)"))
        XCTAssertTrue(en.contains("| Certificate number | add certificate number=\"NUMBER\" |"))
        XCTAssertTrue(nl.contains("## Ontbreekt (§7.2)"))
        XCTAssertTrue(nl.contains("| Certificaatnummer | voegtoe certificaat number=\"NUMMER\" |"))
        let draft = CertificateDraft.make(Self.context(Self.cluster, .nl))
        for field in draft.fields {
            XCTAssertNotEqual(field.label.en, field.label.nl, field.key)
            XCTAssertNotEqual(field.hint.en, field.hint.nl, field.key)
        }
    }

    // MARK: no English in a Dutch report

    /// Headings of the English reports; none of them may head anything in a Dutch report.
    static let englishHeadings = [
        "Safety analysis", "Summary", "The KVO area", "Survey (§4.1.1)", "Incident figures (§4.1.2)", "Inspections (§4.1.3)",
        "Conclusion and priorities (§4.1.4)", "Set-up of the survey", "Response per park", "Results per theme", "Own questions",
        "Open answers, in full", "Police", "Fire brigade", "Municipality (public-space reports)", "Totals", "Incidents per theme",
        "Plan of action", "The plan", "Goals (§4.2.1, §4.2.2)", "Measures matrix (§4.2.4)", "Progress", "Measures per party",
        "Fixed measures per plan year (§4.2.5)", "Inspection report", "Overview", "Survey report", "Composition of the workgroup",
        "The collaboration", "Parties", "Members of the workgroup", "Relation with the entrepreneurs' association",
        "Meetings and progress report", "Meetings", "Progress report", "Communication to the entrepreneurs", "Measures matrix",
        "Evaluation results", "Improvement points", "Draft KVO certificate", "Missing (§7.2)", "Already known",
        "KVO Certificate Business Parks", "Where the fields come from", "Name on the certificate (§7.3)", "Remarks",
        "Document set for the KVO audit (§5.2.1)", "Annexes", "Documents in the dossier",
    ]

    /// Heading lines of a Markdown page, without the #s.
    static func headings(_ page: String) -> [String] {
        page.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0.drop { $0 == "#" }.dropFirst()) }
    }

    func testNoDutchReportHasAnEnglishHeading() {
        for dossier in [Self.hoek, Self.cluster] {
            let english = Self.documents(Self.context(dossier, .en)).flatMap { Self.headings(Self.markdown($0.1)) }
            for (kind, document) in Self.documents(Self.context(dossier, .nl)) {
                let page = Self.markdown(document)
                for heading in Self.headings(page) {
                    XCTAssertFalse(Self.englishHeadings.contains(heading), "\(kind): English heading '\(heading)' in Dutch")
                    XCTAssertFalse(heading.hasPrefix("Evaluation of plan year") || heading.hasPrefix("Meeting of")
                                   || heading.hasPrefix("Points to improve (") || heading.hasPrefix("Positive points (")
                                   || heading.hasPrefix("Subject ") || heading.hasPrefix("Executed (") || heading.hasPrefix("Still to do ("),
                                   "\(kind): English heading '\(heading)' in Dutch")
                }
            }
            // The list is the English reports' own: most of it heads something in English.
            XCTAssertGreaterThan(Set(english).intersection(Self.englishHeadings).count, 30)
        }
    }

    /// Every label a report writes itself (headings, table headers, fact and detail labels, chart
    /// titles, legends and series), side by side in English and Dutch: the two documents of one
    /// dossier have the same blocks. A label the same in both must be a word Dutch shares.
    static func labels(_ d: Document) -> [String] {
        var out = [d.title]
        for block in d.blocks {
            switch block {
            case .heading(_, let text): out.append(text)
            case .table(let t): out += t.headers
            case .facts(let facts): out += facts.map(\.label)
            case .numbered(let items): out += items.flatMap { $0.details.map(\.label) }
            case .chart(let chart):
                out.append(chart.title)
                if let legend = chart.highlightLegend { out += [legend.plain, legend.highlighted] }
            default: break
            }
        }
        return out
    }

    static let sharedWords: Set<String> = ["#", "ID", "Audit", "Agenda", "agenda", "Matrix", "minimum", "document", "e-mail", "open"]

    func testEveryLabelOfADutchReportIsDutch() {
        for dossier in [Self.hoek, Self.cluster] {
            let en = Self.documents(Self.context(dossier, .en)), nl = Self.documents(Self.context(dossier, .nl))
            for ((kind, english), (_, dutch)) in zip(en, nl) {
                let (a, b) = (Self.labels(english), Self.labels(dutch))
                XCTAssertEqual(a.count, b.count, kind)
                for (e, n) in zip(a, b) where e == n {
                    // Quarters ("25Q1") and years, and what comes from the dossier.
                    let data = e.first?.isNumber == true || isData(e)
                    XCTAssertTrue(Self.sharedWords.contains(e) || data, "\(kind): '\(e)' is the same in English and Dutch")
                }
            }
        }
    }

    /// Labels that come from the dossier: the names of its parks and parties, its survey questions.
    func isData(_ label: String) -> Bool {
        for dossier in [Self.hoek, Self.cluster] {
            for section in ["parks", "parties", "results", "members"] {
                guard let k = dossier.schema.kind(named: section) else { continue }
                for r in dossier.records(k) where [r.string("name"), r.string("question")].contains(label) { return true }
            }
        }
        return false
    }

    // MARK: numbers

    func testPercentagesRoundHalfUpOnTheExactFraction() {
        // 16 of 51 is 31.37\u{00A0}%: 31.4, never cut to 31.3; 2 of 3 is 66.7.
        let json = """
            {"format": "kvo-dossier/2", "name": "KVO Test",
             "parks": [{"id": "P-1", "name": "De Test", "entrepreneurs": 51, "surveyResponses": 16}],
             "results": [{"id": "SR-1", "park": "P-1", "subject": 5, "question": "Inbraak gehad?", "answer": "nee", "count": 2},
                         {"id": "SR-2", "park": "P-1", "subject": 5, "question": "Inbraak gehad?", "answer": "ja", "count": 1, "problem": true}]}
            """
        let d = TestDossier.load(json)
        let en = Self.markdown(SurveyReport.make(TestDossier.context(d, language: .en)))
        let nl = Self.markdown(SurveyReport.make(TestDossier.context(d, language: .nl)))
        XCTAssertTrue(en.contains("| De Test | 51 |  | 16 | 31.4% | 30% |"), en)
        XCTAssertTrue(nl.contains("| De Test | 51 |  | 16 | 31,4\u{00A0}% | 30\u{00A0}% |"), nl)
        XCTAssertTrue(en.contains("2 (66.7%)"))
        XCTAssertTrue(nl.contains("2 (66,7\u{00A0}%)"))
        XCTAssertTrue(nl.contains("1 (33,3\u{00A0}%)"))
    }

    func testRedactionMarkersInTheReportsLanguage() {
        let en = ReportContext(dossier: TestDossier.park, asOf: Day("2026-01-01")!, language: .en)
        XCTAssertEqual(en.text("bel 06-12345678 of mail a@b.nl"), "bel [phone number removed] of mail [e-mail address removed]")
        let nl = ReportContext(dossier: TestDossier.park, asOf: Day("2026-01-01")!, language: .nl)
        XCTAssertEqual(nl.text("bel 06-12345678 of mail a@b.nl"), "bel [telefoonnummer weggelaten] of mail [e-mailadres weggelaten]")
    }
}
