package gazetteer

//go:generate go run ./internal/gen -regions data/regions.tsv -out gazetteer.tsv
