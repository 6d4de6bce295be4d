import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

export const generateMetadata = () => contentPageMetadata("privacy");

export default function PrivacyPage() {
  return <ContentPage slug="privacy" />;
}
