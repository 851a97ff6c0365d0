package importer

// SourceName exposes sourceName to the external tests.
var SourceName = sourceName

// CueHead exposes cueHead to the external tests.
var CueHead = cueHead
