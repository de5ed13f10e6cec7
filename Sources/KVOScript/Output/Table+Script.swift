import KVOReports

/// The one table type and its text layout live in KVOReports/Rendering, where reports build
/// tables too; these names let every command file use them without importing KVOReports.
public typealias Table = KVOReports.Table
public typealias TextLayout = KVOReports.TextLayout
