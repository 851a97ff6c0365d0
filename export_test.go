package dyad

// CollideEntityKeys makes every entity key hash alike until the returned
// function is called, so that a test exercises Entities' probing.
func CollideEntityKeys() (restore func()) {
	old := keyHash
	keyHash = func(entityKey) uint64 { return 7 }
	return func() { keyHash = old }
}
