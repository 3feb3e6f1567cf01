// A history row's menu of actions beyond open, select and delete (its ⋯ button, row-view.ts):
// "Show only <site>" sets the Site filter to the row's site, "Delete all from <site>…" deletes
// every reading of it as the filter's own button does (scope-deletion.ts: asked first with the
// count, then the undo bar). A menu button (row-menu.ts); no permission needed.
import { t } from '../../i18n/i18n';
import type { DisplayRow } from './days';
import { rowSiteFilter } from './delete-scopes';
import type { DeletableList } from './list-deletion';
import type { MenuItem, MenuStart, PopupMenu } from './row-menu';
import { deleteSiteOfRow } from './scope-deletion';

/** What a row's menu items do, given the row's site label. */
export interface RowActionRuns {
  /** Lists only the site: its label in the Site filter. */
  showOnly: (site: string) => void;
  /** Asks to delete every reading of the row's site. */
  deleteSite: (row: DisplayRow) => void;
}

/**
 * The items of a row's menu: "Show only <site>" (left out while the Site filter already names that
 * site: it would do nothing) and "Delete all from <site>…". Pure but for what they run.
 */
export function rowMenuItems(
  row: DisplayRow,
  filteredSite: string | undefined,
  runs: RowActionRuns,
): MenuItem[] {
  const { site } = rowSiteFilter(row);
  const items: MenuItem[] = [];
  if (filteredSite !== site) {
    items.push({
      label: t('history_show_only_site', site),
      run: () => {
        runs.showOnly(site);
      },
    });
  }
  items.push({
    label: t('history_delete_site', site),
    run: () => {
      runs.deleteSite(row);
    },
    danger: true,
  });
  return items;
}

/**
 * Wires the rows' menus: returns what a row's ⋯ button calls (HistoryList's `rowMenu`), opening
 * `menu` under it. `showOnly` sets the Site filter and loads the list again.
 */
export function mountRowActions(parts: {
  list: DeletableList;
  menu: PopupMenu;
  filteredSite: () => string | undefined;
  showOnly: (site: string) => void;
}): (row: DisplayRow, opener: HTMLElement, start?: MenuStart) => void {
  const { list, menu } = parts;
  const runs: RowActionRuns = {
    showOnly: parts.showOnly,
    deleteSite: (row) => void deleteSiteOfRow(list, row),
  };
  return (row, opener, start = 'first') => {
    const items = rowMenuItems(row, parts.filteredSite(), runs);
    menu.toggle(opener, t('history_row_actions_label', row.title), items, start);
  };
}
