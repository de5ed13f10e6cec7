/// A document as the files of a page format: Markdown (the page and its charts) or one HTML page.
extension OutputFormat {
    /// The files of a document in `md` or `html` (`documentPages`): for Markdown the page and its
    /// charts (inline in the page when `inlineCharts`), for HTML one page.
    package func files(_ document: Document, inlineCharts: Bool = false) -> [ReportFile] {
        precondition(Self.documentPages.contains(self), "\(rawValue) is not a page format")
        return switch self {
        case .html: [ReportFile(name: document.fileName + ".html", contents: HTMLRenderer().render(document))]
        default: MarkdownRenderer(charts: inlineCharts ? .inline : .files).render(document)
        }
    }
}
