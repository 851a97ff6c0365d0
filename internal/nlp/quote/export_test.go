package quote

// OneEdit exposes oneEdit to the external tests.
var OneEdit = oneEdit
