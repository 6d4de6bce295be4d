import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

export const generateMetadata = () => contentPageMetadata("terms");

export default function TermsPage() {
  return <ContentPage slug="terms" />;
}
