package gazetteer

//go:generate go run ./internal/gen -regions data/regions.tsv -out gazetteer.tsv
//go:generate go run ./internal/genidx -in gazetteer.tsv -out gazetteer.idx
