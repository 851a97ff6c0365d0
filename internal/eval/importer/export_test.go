package importer

// SourceName exposes sourceName to the external tests.
var SourceName = sourceName
