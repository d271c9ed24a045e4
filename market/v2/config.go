package marketv2

import "fmt"

// Config is the v2 node's provider side: its volumes (one proof set each)
// and the tuning of its prover and scrubber. The CLI maps
// `[[provider.volume]]` (path, capacity) onto Volumes, one volume at the
// data directory by default.
type Config struct {
	Volumes  []Volume
	Prover   ProverConfig
	Scrubber ScrubberConfig
}

// DefaultConfig has the default prover and scrubber and no volume: the
// caller names at least one.
func DefaultConfig() Config {
	return Config{Prover: DefaultProverConfig(), Scrubber: DefaultScrubberConfig()}
}

// Validate reports a config that cannot work.
func (c Config) Validate() error {
	if err := ValidateVolumes(c.Volumes); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := c.Prover.Validate(); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := c.Scrubber.Validate(); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	return nil
}
