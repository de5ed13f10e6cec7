import KVOReports

/// The one table type and its text layout live in KVOReports/Rendering, where reports build
/// tables too; these names let every command file use them without importing KVOReports.
package typealias Table = KVOReports.Table
package typealias TextLayout = KVOReports.TextLayout
