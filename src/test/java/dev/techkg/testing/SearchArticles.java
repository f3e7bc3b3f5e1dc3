package dev.techkg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Three short news articles, written for the search tests, whose words a person would search for: "Irish regulator"
 * (said of Ireland's Data Protection Commission), "Commerce Department" (the US one) and "cloud" (Alibaba Cloud).
 */
public final class SearchArticles {
    private SearchArticles() {
    }

    /** Writes the articles into the folder as .txt files; returns their paths. */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        return List.of(
                Files.writeString(folder.resolve("dpc.txt"), """
                        Irish watchdog fines Meta over data transfers

                        Dublin, 3 November 2026. Ireland's Data Protection Commission, the Irish regulator, fined Meta Platforms 90 million euros on Tuesday over transfers of European user data to the United States. Meta Platforms said it would appeal the decision.
                        """),
                Files.writeString(folder.resolve("chips.txt"), """
                        Washington tightens chip export rules

                        Washington, 4 November 2026. The US Commerce Department tightened export rules for advanced chips made by Nvidia on Wednesday. Nvidia said the rules would cut its sales in China.
                        """),
                Files.writeString(folder.resolve("cloud.txt"), """
                        Alibaba Cloud opens data centres in Mexico

                        Mexico City, 5 November 2026. Alibaba Cloud partnered with Telmex to open two data centres near Mexico City. The cloud unit of Alibaba Group competes with Amazon Web Services in Latin America.
                        """));
    }
}
