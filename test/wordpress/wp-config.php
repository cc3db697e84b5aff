<?php
/**
 * The configuration of the throwaway WordPress that test/wordpress/real.test.ts runs: a private
 * MariaDB on a socket, the site on 127.0.0.1, no request to any other host.
 */
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:' . getenv( 'CST_WP_SOCKET' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
foreach ( array( 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ) as $cst_name ) {
	define( $cst_name . '_KEY', 'test-' . $cst_name );
	define( $cst_name . '_SALT', 'test-' . $cst_name );
}
define( 'WP_HOME', getenv( 'CST_WP_URL' ) );
define( 'WP_SITEURL', getenv( 'CST_WP_URL' ) );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', getenv( 'CST_WP_LOG' ) );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
