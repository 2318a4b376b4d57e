package dev.clearance.service.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.service.WebServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The pre-check page in Debian's Chromium, driven through its own chromedriver (never one that
 * Selenium downloads), against the real bundled packs: a sports contract on a DCM, as a product
 * team would check it. Skipped, saying so, where the browser or the driver is not installed.
 */
@WebServiceTest
@TestPropertySource(properties = {"clearance.packs.dir=../jurisdictions", "clearance.cases.location=classpath*:cases/**/*.yaml"})
class PrecheckPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "precheck.png");
    private static final String NEVADA = "#us-map .tile[data-code='US-NV']";
    private static final String NEW_JERSEY = "#us-map .tile[data-code='US-NJ']";

    private static ChromeDriverService service;
    private static WebDriver browser;

    @LocalServerPort
    private int port;
    @Autowired
    private ApiKeys keys;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        service.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void checkASportsContractInEveryJurisdiction() {
        browser.get("http://localhost:" + port + "/");
        WebElement keyField = browser.findElement(By.id("api-key"));
        keyField.clear();
        keyField.sendKeys(keys.create(Role.READER, "browser test", null).key());
        browser.findElement(By.cssSelector("#key-form button")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("key-state"), "key accepted"));
        browser.findElement(By.name("title")).sendKeys("Will the Chiefs beat the Bills on Sunday?");
        new Select(browser.findElement(By.name("registration"))).selectByVisibleText("DCM");
        setDate(By.name("asOf"), "2026-11-21");
        browser.findElement(By.id("check")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.cssSelector(NEVADA), "data-verdict", "PROHIBITED"));
    }

    /** A date input takes its value in the page's ISO form regardless of the browser's locale. */
    private static void setDate(By field, String isoDate) {
        ((ChromeDriver) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(field), isoDate);
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    @Test
    void colorsEveryStateTileByItsVerdict() {
        assertThat(browser.findElement(By.cssSelector(NEVADA + " rect")).getCssValue("fill")).isEqualTo("rgb(198, 40, 40)");
        assertThat(browser.findElement(By.cssSelector(NEW_JERSEY)).getAttribute("data-verdict")).isEqualTo("CONDITIONAL");
        assertThat(browser.findElements(By.cssSelector("#us-map .tile[data-verdict]"))).hasSize(51);
    }

    @Test
    void showsTheFederalLayerAndChinaBesideTheMap() {
        assertThat(browser.findElement(By.cssSelector("#others .layer[data-code='US']")).getAttribute("data-verdict"))
                .isEqualTo("CONDITIONAL");
        assertThat(browser.findElement(By.cssSelector("#others .layer[data-code='CN']")).getAttribute("data-verdict"))
                .isEqualTo("REVIEW");
    }

    @Test
    void clickingAStateShowsItsReasonsAndCitations() throws Exception {
        browser.findElement(By.cssSelector(NEVADA)).click();

        String detail = browser.findElement(By.id("detail")).getText();
        assertThat(detail).contains("Nevada").contains("enforces its gaming law against sports event contracts")
                .contains("NRS 463.0193").contains("17 CFR 40.11");
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void linksToTheStoredDecision() {
        assertThat(browser.findElement(By.id("stored-link")).getAttribute("href"))
                .matches("http://localhost:\\d+/api/v1/decisions/[0-9a-f-]{36}");
    }
}
