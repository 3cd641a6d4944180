package jp.kenpo.kennin.adapters.web.staff;

import java.util.List;

/**
 * One capability of the back office (sign-in, staff, settings, help desk, …): declares its
 * routes in the table and, optionally, its entries in the menu.
 */
public interface StaffPages {
    void routes(StaffRouteTable table, StaffViews views);

    default List<StaffPage.MenuItem> menu() {
        return List.of();
    }
}
