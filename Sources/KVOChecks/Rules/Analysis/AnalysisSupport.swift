import KVOModel

/// What the §4.1 evaluators share: names of parks and themes (in both languages), lists and
/// percentages in English and Dutch, the survey's subjects, and the years inspections are judged by.
enum AnalysisSupport {
    static let catalogue = Handbook.Survey.themes

    static func parkName(_ park: ParkRecord) -> String { AreaFacts.name(park) }

    /// The text ended by a full stop, unless it already ends with one (a name such as "B.V.").
    static func sentence(_ s: String) -> String { s.hasSuffix(".") ? s : s + "." }

    /// "Physical safety (T03)" / "Fysieke veiligheid (T03)"; an own theme "own:Drugs" as "Drugs (own theme)".
    static func themeName(_ id: String) -> Message {
        if id.hasPrefix("own:") {
            let name = String(id.dropFirst(4))
            return Message(en: name + " (own theme)", nl: name + " (eigen thema)")
        }
        guard let theme = catalogue.theme(id) else { return .verbatim(id) }
        return themeName(theme)
    }

    static func themeName(_ theme: Theme) -> Message {
        Message(en: theme.english + " (\(theme.id))", nl: theme.dutch + " (\(theme.id))")
    }

    /// The survey's subject blocks, or nil when none are recorded.
    static func surveySubjects(_ c: CheckContext) -> [Int]? {
        let subjects = c.survey.subjects
        return subjects.isEmpty ? nil : subjects
    }

    static let noSubjects = Message(en: "No survey subjects are recorded; list the subject blocks of the survey with: set survey subjects=4,5,10,...",
           nl: "Er zijn geen enquêteonderwerpen vastgelegd; leg de onderwerpblokken vast met: wijzig survey subjects=4,5,10,...")

    /// Whether a text holds anything but blanks.
    static func written(_ text: String?) -> Bool { text?.contains { !$0.isWhitespace } ?? false }

    /// The words of a text: runs of characters between whitespace, as
    /// `split(whereSeparator: \.isWhitespace)` counts them. A text whose characters all lie
    /// below U+0300 is counted over its UTF-8 bytes: there every scalar is a character of its own
    /// (or CR LF, two blanks), since the first scalars that join a character to the one before
    /// (combining marks) begin at U+0300, and the whitespace there is U+0009-000D, U+0020,
    /// U+0085 and U+00A0. Splitting the analysis summary into substrings cost 0.64 M instructions
    /// a dossier (callgrind, 20 example dossiers).
    static func wordCount(_ text: String) -> Int {
        let counted: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var words = 0, inWord = false, i = 0
            while i < bytes.count {
                let b = bytes[i]
                let blank: Bool
                if b < 0x80 {
                    blank = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                    i += 1
                } else if b >= 0xC2 && b <= 0xCB && i + 1 < bytes.count {
                    blank = b == 0xC2 && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0)
                    i += 2
                } else {
                    return -1
                }
                if !blank && !inWord { words += 1 }
                inWord = !blank
            }
            return words
        }
        if let counted, counted >= 0 { return counted }
        return text.split(whereSeparator: \.isWhitespace).count
    }

    // MARK: years of inspections (§4.1.3)

    /// A year in which the inspections are judged: the analysis year or a plan year.
    struct InspectionYear {
        /// "the analysis year (2024-02-12 to 2025-02-11)", "plan year 1 (2025-03-04 to 2026-03-03)"
        let en: String
        let nl: String
        /// "the analysis year", "plan year 1"
        let shortEn: String
        let shortNl: String
        let first: Day
        let last: Day
        /// Judged: a plan year that has ended, or the analysis year. A running plan year is only reported.
        let judged: Bool

        func contains(_ day: Day) -> Bool { day >= first && day <= last }

    }

    /// The analysis year and the plan years that have begun by the as-of date.
    ///
    /// The analysis year is the twelve months up to and including the day the workgroup agreed the
    /// analysis (analysis.concluded); without that date, the twelve months before plan year 1. Either
    /// date must have come by the as-of date; until then the analysis is still under way, and the
    /// twelve months up to the as-of date are shown but not judged. Plan years start at
    /// plan.adopted; only those that have ended by the as-of date are judged, the running one is
    /// shown with what it holds so far.
    static func inspectionYears(_ c: CheckContext) -> [InspectionYear] {
        var years: [InspectionYear] = []
        if let concluded = c.analysis.concluded, concluded <= c.asOf {
            let first = Handbook.Analysis.inspectionYearStart(endingOn: concluded)
            years.append(InspectionYear(en: "the analysis year (\(first) to \(concluded))",
                                        nl: "het analysejaar (\(first) t/m \(concluded))",
                                        shortEn: "the analysis year", shortNl: "het analysejaar",
                                        first: first, last: concluded, judged: true))
        } else if let start = c.planStart, start <= c.asOf {
            let (first, last) = Handbook.Analysis.inspectionYear(before: start)
            years.append(InspectionYear(en: "the analysis year (\(first) to \(last), the year before the plan)",
                                        nl: "het analysejaar (\(first) t/m \(last), het jaar voor het plan)",
                                        shortEn: "the analysis year", shortNl: "het analysejaar",
                                        first: first, last: last, judged: true))
        } else {
            let first = Handbook.Analysis.inspectionYearStart(endingOn: c.asOf)
            years.append(InspectionYear(en: "the analysis year so far (\(first) to \(c.asOf); the analysis is not concluded)",
                                        nl: "het analysejaar tot nu toe (\(first) t/m \(c.asOf); de analyse is nog niet afgerond)",
                                        shortEn: "the analysis year", shortNl: "het analysejaar",
                                        first: first, last: c.asOf, judged: false))
        }
        for year in c.planYears where year.first <= c.asOf {
            let ended = year.last < c.asOf
            years.append(InspectionYear(en: "plan year \(year.number) (\(year.first) to \(year.last)\(ended ? "" : ", still running"))",
                                        nl: "planjaar \(year.number) (\(year.first) t/m \(year.last)\(ended ? "" : ", loopt nog"))",
                                        shortEn: "plan year \(year.number)", shortNl: "planjaar \(year.number)",
                                        first: year.first, last: year.last, judged: ended))
        }
        return years
    }

    /// Inspections that have taken place by the as-of date (a later date is a planned inspection).
    static func heldInspections(_ c: CheckContext) -> [InspectionRecord] {
        c.inspections.filter { ($0.date.map { $0 <= c.asOf }) ?? false }
    }

    /// "IN-1 (2024-10-08)"
    static func inspectionLabel(_ r: InspectionRecord) -> String {
        r.date.map { "\(r.id) (\($0))" } ?? r.id
    }
}
