import * as migration_20261123_112159_initial from './20261123_112159_initial';

export const migrations = [
  {
    up: migration_20261123_112159_initial.up,
    down: migration_20261123_112159_initial.down,
    name: '20261123_112159_initial'
  },
];
