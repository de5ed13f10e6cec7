import KVOModel

import KVOChecks

/// A report as a value: a title, a few lines saying what it is and where it comes from, and its
/// content as blocks. Reports are built as documents; `MarkdownRenderer` and `HTMLRenderer`
/// write them out, so what a report says and how it is written never mix.
public struct Document: Sendable, Equatable {
    public var title: String
    /// Lines under the title: the dossier, the date, the privacy note.
    public var preface: [String]
    public var language: Language
    public var blocks: [Block]
    /// The base of its file names: `veiligheidsanalyse` gives veiligheidsanalyse.html.
    public var fileName: String

    public init(title: String, preface: [String] = [], language: Language, blocks: [Block] = [], fileName: String) {
        self.title = title
        self.preface = preface
        self.language = language
        self.blocks = blocks
        self.fileName = fileName
    }

    /// Every chart of the document, in order.
    public var charts: [BarChart] {
        blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }
    }
}

/// One file of a written report: a page, or a chart beside a Markdown page.
public struct ReportFile: Sendable, Equatable {
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
