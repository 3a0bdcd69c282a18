import { configure } from '@testing-library/react';

// The machine is shared with other builds and test runs: give live queries room before
// calling a wait a failure.
configure({ asyncUtilTimeout: 5_000 });
