/** @type {import('next').NextConfig} */
const nextConfig = {
  // The suite lints the package, not this app.
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;
