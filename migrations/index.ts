import * as migration_20261123_112159_initial from './20261123_112159_initial';
import * as migration_20261123_141014_content_model from './20261123_141014_content_model';
import * as migration_20261123_142129_handle_prefix_index from './20261123_142129_handle_prefix_index';
import * as migration_20261123_154355_rewards from './20261123_154355_rewards';
import * as migration_20261123_174210_live_preview_autosave from './20261123_174210_live_preview_autosave';
import * as migration_20261201_154059_set_winner_kind from './20261201_154059_set_winner_kind';
import * as migration_20261201_183220_releases_config_versions from './20261201_183220_releases_config_versions';
import * as migration_20261201_184324_partners from './20261201_184324_partners';
import * as migration_20261201_192301_audience_rules from './20261201_192301_audience_rules';
import * as migration_20261201_194848_display_rule_audience from './20261201_194848_display_rule_audience';
import * as migration_20261201_195241_tournament_audience from './20261201_195241_tournament_audience';

export const migrations = [
  {
    up: migration_20261123_112159_initial.up,
    down: migration_20261123_112159_initial.down,
    name: '20261123_112159_initial',
  },
  {
    up: migration_20261123_141014_content_model.up,
    down: migration_20261123_141014_content_model.down,
    name: '20261123_141014_content_model',
  },
  {
    up: migration_20261123_142129_handle_prefix_index.up,
    down: migration_20261123_142129_handle_prefix_index.down,
    name: '20261123_142129_handle_prefix_index',
  },
  {
    up: migration_20261123_154355_rewards.up,
    down: migration_20261123_154355_rewards.down,
    name: '20261123_154355_rewards',
  },
  {
    up: migration_20261123_174210_live_preview_autosave.up,
    down: migration_20261123_174210_live_preview_autosave.down,
    name: '20261123_174210_live_preview_autosave',
  },
  {
    up: migration_20261201_154059_set_winner_kind.up,
    down: migration_20261201_154059_set_winner_kind.down,
    name: '20261201_154059_set_winner_kind',
  },
  {
    up: migration_20261201_183220_releases_config_versions.up,
    down: migration_20261201_183220_releases_config_versions.down,
    name: '20261201_183220_releases_config_versions',
  },
  {
    up: migration_20261201_184324_partners.up,
    down: migration_20261201_184324_partners.down,
    name: '20261201_184324_partners',
  },
  {
    up: migration_20261201_192301_audience_rules.up,
    down: migration_20261201_192301_audience_rules.down,
    name: '20261201_192301_audience_rules',
  },
  {
    up: migration_20261201_194848_display_rule_audience.up,
    down: migration_20261201_194848_display_rule_audience.down,
    name: '20261201_194848_display_rule_audience',
  },
  {
    up: migration_20261201_195241_tournament_audience.up,
    down: migration_20261201_195241_tournament_audience.down,
    name: '20261201_195241_tournament_audience'
  },
];
